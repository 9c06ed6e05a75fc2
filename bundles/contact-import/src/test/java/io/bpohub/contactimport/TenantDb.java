package io.bpohub.contactimport;

import io.bpohub.tenants.migrations.TenantSchema;
import io.bpohub.testing.TestDatabases;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** A tenant database on the test MariaDB with the project's tenant schema (all migrations). */
final class TenantDb {
    static final String PREFIX = "bpoci_";

    private TenantDb() {
    }

    /** Drops and recreates {@code bpoci_<name>}, migrates it, returns its name. */
    static String create(String name) throws SQLException {
        String db = PREFIX + name;
        try (Connection c = TestDatabases.connect("", TestDatabases.USER, TestDatabases.PASSWORD); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + db + "`");
            s.execute("CREATE DATABASE `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        ClassLoader loader = TenantSchema.classLoader();
        Flyway.configure(loader).dataSource(TestDatabases.URL + db, TestDatabases.USER, TestDatabases.PASSWORD)
                .locations(TenantSchema.LOCATION).validateMigrationNaming(true).load().migrate();
        return db;
    }

    /** Drops this suite's databases ({@code bpoci_<suite>...}). */
    static void dropAll(String suite) throws SQLException {
        io.bpohub.testing.TestDatabases.dropPrefixed(PREFIX + suite);
    }

    static Connection connect(String db) throws SQLException {
        return TestDatabases.connect(db, TestDatabases.USER, TestDatabases.PASSWORD);
    }
}
