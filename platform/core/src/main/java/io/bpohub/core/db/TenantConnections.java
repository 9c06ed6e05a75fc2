package io.bpohub.core.db;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Connections for tenant sessions. Each tenant gets its own small pool that logs in with the
 * tenant's own MariaDB account, so a connection handed to tenant A can only ever see A's database.
 * Pools are opened on first use and the least recently used are closed beyond {@code maxOpenPools}.
 */
public final class TenantConnections implements MultiTenantConnectionProvider, AutoCloseable {
    private static final long serialVersionUID = 1L;

    private final transient Pools pools;
    private final transient DatabaseNames names;
    private final transient TenantAccounts accounts;
    private final transient Predicate<String> tenantIsServing;
    private final transient Map<String, HikariDataSource> open;

    public TenantConnections(Pools pools, DatabaseNames names, TenantAccounts accounts,
                             Predicate<String> tenantIsServing, int maxOpenPools) {
        this.pools = pools;
        this.names = names;
        this.accounts = accounts;
        this.tenantIsServing = tenantIsServing;
        this.open = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, HikariDataSource> eldest) {
                if (size() > maxOpenPools) {
                    eldest.getValue().close();
                    return true;
                }
                return false;
            }
        };
    }

    /** The pool of one tenant, opened if needed. Refuses tenants that are not serving. */
    public HikariDataSource dataSource(String slug) {
        if (slug == null || slug.isBlank()) {
            throw new IllegalStateException("a tenant connection needs a tenant");
        }
        if (!tenantIsServing.test(slug)) {
            throw new IllegalStateException("tenant " + slug + " is not serving (suspended, offboarded or unknown)");
        }
        synchronized (open) {
            return open.computeIfAbsent(slug, s -> {
                String account = names.tenantAccount(s);
                return pools.open("tenant-" + s, names.tenantDatabase(s), account, accounts.password(account), 4);
            });
        }
    }

    /** Closes a tenant's pool (suspension, offboarding); the next use opens a fresh one. */
    public void evict(String slug) {
        HikariDataSource pool;
        synchronized (open) {
            pool = open.remove(slug);
        }
        if (pool != null) {
            pool.close();
        }
    }

    public int openPools() {
        synchronized (open) {
            return open.size();
        }
    }

    @Override
    public Connection getAnyConnection() throws SQLException {
        throw new SQLException("a tenant session needs a tenant: open it through TenantSessions with the caller's tenant");
    }

    @Override
    public void releaseAnyConnection(Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public Connection getConnection(String tenantIdentifier) throws SQLException {
        return dataSource(tenantIdentifier).getConnection();
    }

    @Override
    public void releaseConnection(String tenantIdentifier, Connection connection) throws SQLException {
        connection.close();
    }

    @Override
    public boolean supportsAggressiveRelease() {
        return false;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public boolean isUnwrappableAs(Class unwrapType) {
        return false;
    }

    @Override
    public <T> T unwrap(Class<T> unwrapType) {
        throw new UnsupportedOperationException("TenantConnections cannot be unwrapped as " + unwrapType);
    }

    @Override
    public void close() {
        synchronized (open) {
            open.values().forEach(HikariDataSource::close);
            open.clear();
        }
    }
}
