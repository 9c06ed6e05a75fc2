package io.bpohub.core.db;

import io.bpohub.tenants.migrations.TenantSchema;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Versioned schema migrations (Flyway) for the control database and for every tenant database. */
public final class Migrations {
    static final String CONTROL_LOCATION = "classpath:io/bpohub/core/db/control";

    private Migrations() {
    }

    /** Migrates the control database; returns the schema version reached. */
    public static String migrateControl(DataSource controlDb) {
        return migrate(controlDb, Migrations.class.getClassLoader(), CONTROL_LOCATION);
    }

    /** Migrates one tenant database through the tenant's own account; returns the version reached. */
    public static String migrateTenant(DataSource tenantDb, String... extraLocations) {
        String[] locations = new String[extraLocations.length + 1];
        locations[0] = TenantSchema.LOCATION;
        System.arraycopy(extraLocations, 0, locations, 1, extraLocations.length);
        return migrate(tenantDb, TenantSchema.classLoader(), locations);
    }

    private static String migrate(DataSource dataSource, ClassLoader classLoader, String... locations) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(classLoader);
        try {
            MigrateResult result = Flyway.configure(classLoader)
                    .dataSource(dataSource)
                    .locations(locations)
                    .validateMigrationNaming(true)
                    .load()
                    .migrate();
            return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
