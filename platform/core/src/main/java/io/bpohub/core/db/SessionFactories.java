package io.bpohub.core.db;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.jdbc.connections.spi.MultiTenantConnectionProvider;

/**
 * Builds the two Hibernate session factories: one for the control database and one shared by all
 * tenants (database-per-tenant multi-tenancy), so 1,000 tenants cost one metamodel, not 1,000.
 */
public final class SessionFactories {
    private SessionFactories() {
    }

    public static SessionFactory control(DataSource controlDb, List<Class<?>> entities) {
        Map<String, Object> settings = common();
        settings.put(AvailableSettings.DATASOURCE, controlDb);
        return build(settings, entities);
    }

    public static SessionFactory tenants(MultiTenantConnectionProvider connections, List<Class<?>> entities) {
        Map<String, Object> settings = common();
        settings.put(AvailableSettings.MULTI_TENANT, "DATABASE");
        settings.put(AvailableSettings.MULTI_TENANT_CONNECTION_PROVIDER, connections);
        return build(settings, entities);
    }

    private static Map<String, Object> common() {
        Map<String, Object> settings = new HashMap<>();
        settings.put(AvailableSettings.DIALECT, "org.hibernate.dialect.MariaDB103Dialect");
        // no connection at boot: the tenant factory has no "any" connection to ask
        settings.put("hibernate.temp.use_jdbc_metadata_defaults", false);
        settings.put(AvailableSettings.HBM2DDL_AUTO, "none");
        settings.put(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        settings.put(AvailableSettings.STATEMENT_BATCH_SIZE, 50);
        return settings;
    }

    private static SessionFactory build(Map<String, Object> settings, List<Class<?>> entities) {
        ClassLoader own = SessionFactories.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(own);
        try {
            BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder()
                    .applyClassLoader(own)
                    .applyClassLoader(SessionFactory.class.getClassLoader())
                    .build();
            StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap).applySettings(settings).build();
            MetadataSources sources = new MetadataSources(registry);
            entities.forEach(sources::addAnnotatedClass);
            return sources.buildMetadata().buildSessionFactory();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
