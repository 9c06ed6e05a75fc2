package io.bpohub.platform.services;

/** How much of a tenant's data a person sees, from their place in department → team → agent. */
public enum DataScope {
    /** Only records assigned to the person. */
    OWN,
    TEAM,
    DEPARTMENT,
    TENANT
}
