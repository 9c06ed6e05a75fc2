package io.bpohub.core.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import java.util.concurrent.ScheduledExecutorService;
import org.mariadb.jdbc.MariaDbDataSource;

/** Connection pools to MariaDB, built one way for the control database, provisioning and tenants. */
public final class Pools {
    private final String serverUrl;
    private final ScheduledExecutorService housekeeping;

    public Pools(String serverUrl, ScheduledExecutorService housekeeping) {
        this.serverUrl = serverUrl;
        this.housekeeping = housekeeping;
    }

    /**
     * A pool that holds no connection while idle, so thousands of tenants cost memory only for the
     * ones in use. {@code database} may be empty for server-level work.
     */
    public HikariDataSource open(String name, String database, String user, String password, int maxSize) {
        MariaDbDataSource mariadb = new MariaDbDataSource();
        try {
            mariadb.setUrl(serverUrl + database + "?connectTimeout=5000&useServerPrepStmts=false");
            mariadb.setUser(user);
            mariadb.setPassword(password == null ? "" : password);
        } catch (SQLException e) {
            throw new IllegalArgumentException("invalid database URL " + serverUrl + database, e);
        }
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setDataSource(mariadb);
        config.setMinimumIdle(0);
        config.setMaximumPoolSize(maxSize);
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(10_000);
        config.setInitializationFailTimeout(-1);
        config.setScheduledExecutor(housekeeping);
        return new HikariDataSource(config);
    }
}
