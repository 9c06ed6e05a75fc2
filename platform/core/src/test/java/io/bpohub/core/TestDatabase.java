package io.bpohub.core;

import io.bpohub.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** Settings for a platform on the test MariaDB server (see {@link TestDatabases}). */
final class TestDatabase {
    static final String USER = TestDatabases.USER;
    static final String PASSWORD = TestDatabases.PASSWORD;

    private TestDatabase() {
    }

    static Connection connect(String database, String user, String password) throws SQLException {
        return TestDatabases.connect(database, user, password);
    }

    static void dropAll(String prefix) throws SQLException {
        TestDatabases.dropPrefixed(prefix);
    }

    static PlatformSettings settings(String prefix) throws Exception {
        Path dataDir = Files.createTempDirectory("bpohub-test");
        byte[] secret = ("test-secret-for-" + prefix + "-0123456789abcdef0123456789").getBytes();
        return new PlatformSettings(TestDatabases.URL, USER, PASSWORD, prefix, secret, 100_000, dataDir, java.time.ZoneId.of("Europe/London"),
                "Test Agency Ltd", java.util.List.of("1 Test Street", "London"), "GB");
    }
}
