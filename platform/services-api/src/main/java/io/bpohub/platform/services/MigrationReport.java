package io.bpohub.platform.services;

/** Outcome of migrating one database (the control database or one tenant's). */
public record MigrationReport(String database, String tenantSlug, boolean ok, String schemaVersion, String error) {
}
