package io.bpohub.core.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import io.bpohub.core.access.Guard;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.DatabaseNames;
import io.bpohub.core.db.Migrations;
import io.bpohub.core.db.Pools;
import io.bpohub.core.db.Provisioner;
import io.bpohub.core.db.TenantAccounts;
import io.bpohub.core.db.TenantConnections;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.model.TenantRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.MigrationReport;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.TenantExport;
import io.bpohub.platform.services.TenantService;
import io.bpohub.platform.services.TenantStatus;
import io.bpohub.platform.services.TenantView;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Onboarding, suspension, export, offboarding and schema migration of tenants. */
public final class TenantServiceImpl implements TenantService {
    private static final Logger LOG = LoggerFactory.getLogger(TenantServiceImpl.class);

    private final ControlDb control;
    private final DatabaseNames names;
    private final Pools pools;
    private final TenantAccounts accounts;
    private final Provisioner provisioner;
    private final TenantConnections connections;
    private final TenantDirectory directory;
    private final Guard guard;
    private final AuditLog audit;
    private final TenantExporter exporter;
    private final String[] extraTenantMigrations;

    public TenantServiceImpl(ControlDb control, DatabaseNames names, Pools pools, TenantAccounts accounts,
                             Provisioner provisioner, TenantConnections connections, TenantSessions tenantSessions,
                             TenantDirectory directory, Guard guard, AuditLog audit, Path exportDir,
                             String... extraTenantMigrations) {
        this.control = control;
        this.names = names;
        this.pools = pools;
        this.accounts = accounts;
        this.provisioner = provisioner;
        this.connections = connections;
        this.directory = directory;
        this.guard = guard;
        this.audit = audit;
        this.exporter = new TenantExporter(control, tenantSessions, exportDir);
        this.extraTenantMigrations = extraTenantMigrations;
    }

    @Override
    public TenantView create(Caller caller, NewTenant t) {
        guard.requireAgency(caller, "tenant", "write", t == null ? null : t.slug());
        TenantRules.check(t);
        TenantRecord record = control.tx(s -> {
            if (find(s, t.slug()) != null) {
                throw PlatformException.conflict("slug", "a tenant with slug " + t.slug() + " exists already; choose another slug");
            }
            TenantRecord r = new TenantRecord();
            r.slug = t.slug();
            r.name = t.name().trim();
            r.timeZone = t.timeZone();
            r.locale = t.locale().replace('_', '-');
            r.currency = t.currency();
            r.operatingMode = t.operatingMode();
            r.status = TenantStatus.PROVISIONING;
            r.dbName = names.tenantDatabase(t.slug());
            r.dbUser = names.tenantAccount(t.slug());
            r.createdAt = Instant.now();
            r.changedAt = r.createdAt;
            s.persist(r);
            return r;
        });
        directory.update(record.slug, TenantStatus.PROVISIONING);
        MigrationReport report = provisionAndMigrate(record.slug, true);
        if (!report.ok()) {
            audit.record(caller, record.slug, "tenant.create", record.slug, AuditLog.FAILED, report.error());
            throw new PlatformException(PlatformException.Kind.UNAVAILABLE, null, "tenant " + record.slug
                    + " was registered but its database could not be prepared: " + report.error()
                    + "; fix the cause and run bpo:migrate (or POST /api/v1/admin/migrations) to finish onboarding");
        }
        audit.record(caller, record.slug, "tenant.create", record.slug, AuditLog.OK, t.operatingMode().name());
        return get(caller, record.slug);
    }

    /**
     * Brings one tenant's database to the current schema; a tenant still PROVISIONING gets its
     * database and account first. Failures are recorded on the tenant, never thrown.
     */
    private MigrationReport provisionAndMigrate(String slug, boolean provisioning) {
        String database = names.tenantDatabase(slug);
        try {
            if (provisioning) provisioner.createDatabaseAndAccount(slug);
            String account = names.tenantAccount(slug);
            String version;
            try (HikariDataSource ds = pools.open("migrate-" + slug, database, account, accounts.password(account), 1)) {
                version = Migrations.migrateTenant(ds, extraTenantMigrations);
            }
            control.run(s -> {
                TenantRecord r = find(s, slug);
                r.schemaVersion = version;
                r.migrationError = null;
                if (r.status == TenantStatus.PROVISIONING) {
                    r.status = TenantStatus.ACTIVE;
                    r.changedAt = Instant.now();
                }
            });
            directory.update(slug, control.tx(s -> find(s, slug).status));
            return new MigrationReport(database, slug, true, version, null);
        } catch (RuntimeException e) {
            String error = rootMessage(e);
            LOG.error("tenant {} could not be migrated: {}", slug, error, e);
            control.run(s -> find(s, slug).migrationError = error.length() > 2000 ? error.substring(0, 2000) : error);
            return new MigrationReport(database, slug, false, null, error);
        }
    }

    @Override
    public List<MigrationReport> migrateAll(Caller caller) {
        guard.requireAgency(caller, "tenant", "write", null);
        List<MigrationReport> reports = new ArrayList<>(migrateTenants());
        long failed = reports.stream().filter(r -> !r.ok()).count();
        audit.record(caller, null, "tenant.migrate-all", reports.size() + " tenants", failed == 0 ? AuditLog.OK : AuditLog.FAILED,
                failed + " failed");
        return reports;
    }

    /** Migrates every tenant that has a database; one failing tenant does not stop the others. */
    public List<MigrationReport> migrateTenants() {
        List<TenantRecord> tenants = control.tx(s -> s.createQuery(
                "from TenantRecord where status <> :off order by id", TenantRecord.class)
                .setParameter("off", TenantStatus.OFFBOARDED).list());
        List<MigrationReport> reports = new ArrayList<>();
        int done = 0;
        for (TenantRecord t : tenants) {
            reports.add(provisionAndMigrate(t.slug, t.status == TenantStatus.PROVISIONING));
            if (++done % 100 == 0) LOG.info("tenant migrations: {} of {} done", done, tenants.size());
        }
        return reports;
    }

    @Override
    public Page<TenantView> list(Caller caller, int page, int size) {
        guard.requireAgency(caller, "tenant", "read", null);
        Page.check(page, size);
        return control.tx(s -> {
            List<TenantView> items = s.createQuery("from TenantRecord order by slug", TenantRecord.class)
                    .setFirstResult(page * size).setMaxResults(size).list().stream()
                    .map(TenantServiceImpl::view).collect(Collectors.toList());
            long total = s.createQuery("select count(t) from TenantRecord t", Long.class).uniqueResult();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public TenantView get(Caller caller, String slug) {
        guard.require(caller, slug, "profile", "read", slug);
        return view(load(slug));
    }

    @Override
    public TenantView suspend(Caller caller, String slug, String reason) {
        guard.requireAgency(caller, "tenant", "write", slug);
        TenantView v = changeStatus(slug, TenantStatus.ACTIVE, TenantStatus.SUSPENDED, reason);
        connections.evict(slug);
        audit.record(caller, slug, "tenant.suspend", slug, AuditLog.OK, reason);
        return v;
    }

    @Override
    public TenantView resume(Caller caller, String slug) {
        guard.requireAgency(caller, "tenant", "write", slug);
        TenantView v = changeStatus(slug, TenantStatus.SUSPENDED, TenantStatus.ACTIVE, null);
        audit.record(caller, slug, "tenant.resume", slug, AuditLog.OK, null);
        return v;
    }

    private TenantView changeStatus(String slug, TenantStatus from, TenantStatus to, String reason) {
        TenantRecord r = control.tx(s -> {
            TenantRecord t = find(s, slug);
            if (t == null) throw PlatformException.notFound("no tenant " + slug);
            if (t.status != from) {
                throw PlatformException.conflict("status", "tenant " + slug + " is " + t.status + "; only a " + from + " tenant can become " + to);
            }
            t.status = to;
            t.statusReason = reason;
            t.changedAt = Instant.now();
            return t;
        });
        directory.update(slug, to);
        return view(r);
    }

    @Override
    public TenantExport export(Caller caller, String slug) {
        guard.requireAgency(caller, "tenant", "write", slug);
        TenantRecord tenant = load(slug);
        if (tenant.status != TenantStatus.ACTIVE && tenant.status != TenantStatus.SUSPENDED) {
            throw PlatformException.conflict("status", "tenant " + slug + " is " + tenant.status + " and has no data to export");
        }
        TenantExporter.Result result = exporter.export(tenant);
        Instant at = Instant.now();
        control.run(s -> {
            TenantRecord t = find(s, slug);
            t.exportedAt = at;
            t.exportFile = result.file().toString();
        });
        audit.record(caller, slug, "tenant.export", result.file().toString(), AuditLog.OK, result.bytes() + " bytes");
        return new TenantExport(slug, result.file().toString(), result.bytes(), result.contacts(), result.users(), at);
    }

    @Override
    public TenantView offboard(Caller caller, String slug, String confirmSlug) {
        guard.requireAgency(caller, "tenant", "write", slug);
        if (!slug.equals(confirmSlug)) {
            throw PlatformException.invalid("confirm", "offboarding deletes the tenant's database: repeat its slug (" + slug + ") as confirm");
        }
        TenantRecord tenant = load(slug);
        if (tenant.status != TenantStatus.SUSPENDED) {
            throw PlatformException.conflict("status", "tenant " + slug + " is " + tenant.status
                    + ": suspend it first, then export it, then offboard it");
        }
        if (tenant.exportedAt == null || tenant.exportedAt.isBefore(tenant.changedAt)) {
            throw PlatformException.conflict("export", "no export of " + slug + " since it was suspended: export it first (POST /api/v1/tenants/"
                    + slug + "/export or bpo:tenant-export " + slug + ")");
        }
        directory.update(slug, TenantStatus.OFFBOARDED);
        connections.evict(slug);
        provisioner.dropDatabaseAndAccount(slug);
        TenantRecord r = control.tx(s -> {
            TenantRecord t = find(s, slug);
            t.status = TenantStatus.OFFBOARDED;
            t.changedAt = Instant.now();
            s.createQuery("update UserRecord set disabled = true where tenantId = :t").setParameter("t", t.id).executeUpdate();
            s.createQuery("update AccessTokenRecord set revoked = true where userId in (select u.id from UserRecord u where u.tenantId = :t)")
                    .setParameter("t", t.id).executeUpdate();
            return t;
        });
        audit.record(caller, slug, "tenant.offboard", slug, AuditLog.OK, "export kept at " + tenant.exportFile);
        return view(r);
    }

    private TenantRecord load(String slug) {
        TenantRecord r = control.tx(s -> find(s, slug));
        if (r == null) throw PlatformException.notFound("no tenant " + slug + "; list tenants with GET /api/v1/tenants");
        return r;
    }

    public static TenantRecord find(Session s, String slug) {
        return s.createQuery("from TenantRecord where slug = :s", TenantRecord.class).setParameter("s", slug).uniqueResult();
    }

    static TenantView view(TenantRecord r) {
        return new TenantView(r.slug, r.name, r.timeZone, r.locale, r.currency, r.operatingMode, r.status, r.schemaVersion,
                r.migrationError, r.createdAt);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        return t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + t.getMessage() + ")";
    }
}
