package io.bpohub.core.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Creates and removes a tenant's database and its own account (granted on that database only),
 * through the admin connection. Every step can be repeated, so a half-done onboarding is finished
 * by running it again.
 */
public final class Provisioner {
    private final DataSource admin;
    private final DatabaseNames names;
    private final TenantAccounts accounts;

    public Provisioner(DataSource admin, DatabaseNames names, TenantAccounts accounts) {
        this.admin = admin;
        this.names = names;
        this.accounts = accounts;
    }

    public void createDatabaseAndAccount(String slug) {
        String db = names.tenantDatabase(slug);
        String account = names.tenantAccount(slug);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + db + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            try (PreparedStatement create = c.prepareStatement("CREATE USER IF NOT EXISTS ?@'%' IDENTIFIED BY ?")) {
                create.setString(1, account);
                create.setString(2, accounts.password(account));
                create.execute();
            }
            // the password may have changed with the secret: make the account match it
            try (PreparedStatement alter = c.prepareStatement("ALTER USER ?@'%' IDENTIFIED BY ?")) {
                alter.setString(1, account);
                alter.setString(2, accounts.password(account));
                alter.execute();
            }
            s.execute("GRANT ALL PRIVILEGES ON `" + db + "`.* TO '" + account + "'@'%'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + db + " or account " + account
                    + ": " + e.getMessage() + " (check that db.adminUser may CREATE DATABASE, CREATE USER and GRANT)", e);
        }
    }

    public void dropDatabaseAndAccount(String slug) {
        String db = names.tenantDatabase(slug);
        String account = names.tenantAccount(slug);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + db + "`");
            s.execute("DROP USER IF EXISTS '" + account + "'@'%'");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop database " + db + " or account " + account + ": " + e.getMessage(), e);
        }
    }

    /** Creates the control database if it is missing (first start). */
    public void createControlDatabase() {
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE IF NOT EXISTS `" + names.control() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("could not reach MariaDB or create database " + names.control() + ": "
                    + e.getMessage() + " (check db.url, db.adminUser and db.adminPassword in etc/io.bpohub.platform.cfg)", e);
        }
    }
}
