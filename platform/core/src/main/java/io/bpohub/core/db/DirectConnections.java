package io.bpohub.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain JDBC connections to a tenant's database or the control database, for work that manages its own
 * transactions (an import commits batch by batch with its checkpoint) or reads with plain SQL; Hibernate
 * sessions are for the rest.
 */
public final class DirectConnections {
    /** Work on one connection. */
    @FunctionalInterface
    public interface Work<T> {
        T apply(Connection c) throws SQLException;
    }

    private final TenantConnections tenants;
    private final DataSource control;

    public DirectConnections(TenantConnections tenants, DataSource control) {
        this.tenants = tenants;
        this.control = control;
    }

    /** A connection of the tenant's database; the caller closes it. */
    public Connection tenant(String slug) throws SQLException {
        return tenants.dataSource(slug).getConnection();
    }

    /** A connection of the control database; the caller closes it. */
    public Connection control() throws SQLException {
        return control.getConnection();
    }

    /** Runs {@code work} on a tenant connection ({@code slug}), or a control connection when {@code slug} is null. */
    public <T> T in(String slug, Work<T> work) {
        try (Connection c = slug == null ? control() : tenant(slug)) {
            return work.apply(c);
        } catch (SQLException e) {
            throw new IllegalStateException("database work on " + (slug == null ? "the control database" : "tenant " + slug) + " failed: "
                    + e.getMessage(), e);
        }
    }
}
