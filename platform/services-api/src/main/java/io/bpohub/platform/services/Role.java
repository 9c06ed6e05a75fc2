package io.bpohub.platform.services;

/** Roles seen in the field. Data scope follows the org tree position of the person holding them. */
public enum Role {
    AGENCY_ADMIN, TENANT_ADMIN, SUPERVISOR, TEAM_LEAD, QA, AGENT, CLIENT_MANAGER;

    /** Roles that only make sense inside a client company (they need a tenant). */
    public boolean requiresTenant() {
        return this == TENANT_ADMIN || this == CLIENT_MANAGER;
    }
}
