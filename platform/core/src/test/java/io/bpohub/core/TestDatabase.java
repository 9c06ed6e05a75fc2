package io.bpohub.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The real MariaDB server the database tests run against (see the parent pom's bpo.test.db.* properties). */
final class TestDatabase {
    static final String URL = System.getProperty("bpo.test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
    static final String USER = System.getProperty("bpo.test.db.user", "root");
    static final String PASSWORD = System.getProperty("bpo.test.db.password", "");

    private TestDatabase() {
    }

    static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(URL + database, user, password);
    }

    /** Drops every database and account carrying the prefix, so each test class starts from nothing. */
    static void dropAll(String prefix) throws SQLException {
        try (Connection c = connect("", USER, PASSWORD); Statement s = c.createStatement()) {
            List<String> dbs = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW DATABASES LIKE '" + prefix + "%'")) {
                while (rs.next()) dbs.add(rs.getString(1));
            }
            for (String db : dbs) s.execute("DROP DATABASE `" + db + "`");
            List<String> users = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT User, Host FROM mysql.user WHERE User LIKE '" + prefix + "%'")) {
                while (rs.next()) users.add("'" + rs.getString(1) + "'@'" + rs.getString(2) + "'");
            }
            for (String u : users) s.execute("DROP USER " + u);
        }
    }

    static PlatformSettings settings(String prefix) throws Exception {
        Path dataDir = Files.createTempDirectory("bpohub-test");
        byte[] secret = ("test-secret-for-" + prefix + "-0123456789abcdef0123456789").getBytes();
        return new PlatformSettings(URL, USER, PASSWORD, prefix, secret, 100_000, dataDir, java.time.ZoneId.of("Europe/London"));
    }
}
