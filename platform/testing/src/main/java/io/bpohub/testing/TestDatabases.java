package io.bpohub.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The real MariaDB server the database, integration and browser tests run against, as the build
 * passes it ({@code bpo.test.db.url}, {@code .user}, {@code .password}), and the clean-up every suite
 * does first: each suite owns a prefix and starts from no database or account carrying it.
 */
public final class TestDatabases {
    public static final String URL = System.getProperty("bpo.test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
    public static final String USER = System.getProperty("bpo.test.db.user", "root");
    public static final String PASSWORD = System.getProperty("bpo.test.db.password", "");

    private TestDatabases() {
    }

    public static Connection connect(String database, String user, String password) throws SQLException {
        return DriverManager.getConnection(URL + database, user, password);
    }

    /** Drops every database and account whose name starts with {@code prefix}. */
    public static void dropPrefixed(String prefix) throws SQLException {
        try (Connection c = connect("", USER, PASSWORD); Statement s = c.createStatement()) {
            List<String> drops = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT SCHEMA_NAME FROM information_schema.SCHEMATA")) {
                while (rs.next()) {
                    if (rs.getString(1).startsWith(prefix)) drops.add("DROP DATABASE IF EXISTS `" + rs.getString(1) + "`");
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT User, Host FROM mysql.user")) {
                while (rs.next()) {
                    if (rs.getString(1).startsWith(prefix)) {
                        drops.add("DROP USER IF EXISTS '" + rs.getString(1) + "'@'" + rs.getString(2) + "'");
                    }
                }
            }
            for (String drop : drops) s.execute(drop);
        }
    }
}
