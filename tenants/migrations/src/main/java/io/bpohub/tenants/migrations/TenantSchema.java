package io.bpohub.tenants.migrations;

/**
 * Where the tenant schema's versioned migrations live. Every tenant database is migrated from this
 * one location, so all tenants share one schema history.
 */
public final class TenantSchema {
    /** Flyway location of the SQL migrations (V&lt;n&gt;__&lt;what&gt;.sql). */
    public static final String LOCATION = "classpath:io/bpohub/tenants/migrations/sql";

    private TenantSchema() {
    }

    /** The class loader that sees {@link #LOCATION}; in OSGi, this bundle's. */
    public static ClassLoader classLoader() {
        return TenantSchema.class.getClassLoader();
    }
}
