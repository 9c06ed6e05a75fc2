package io.bpohub.core;

import com.zaxxer.hikari.HikariDataSource;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.core.access.Guard;
import io.bpohub.core.billing.BillingServiceImpl;
import io.bpohub.core.billing.Margins;
import io.bpohub.core.exports.Exports;
import io.bpohub.core.imports.ContactImports;
import io.bpohub.core.dialing.Dialing;
import io.bpohub.core.dialing.Inbound;
import io.bpohub.core.imports.DoNotCallLists;
import io.bpohub.core.imports.Uploads;
import io.bpohub.core.db.DirectConnections;
import io.bpohub.core.bulletins.BulletinServiceImpl;
import io.bpohub.core.complaints.ComplaintServiceImpl;
import io.bpohub.core.followup.MaterialRequestServiceImpl;
import io.bpohub.core.orders.OrderServiceImpl;
import io.bpohub.core.scripts.ScriptServiceImpl;
import io.bpohub.core.jobs.Jobs;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.core.access.Owners;
import io.bpohub.core.calendar.CalendarModule;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.contacts.ContactServiceImpl;
import io.bpohub.core.campaigns.CampaignServiceImpl;
import io.bpohub.core.workflow.AssignmentServiceImpl;
import io.bpohub.core.workflow.WorkflowServiceImpl;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.DatabaseNames;
import io.bpohub.core.db.Migrations;
import io.bpohub.core.db.Pools;
import io.bpohub.core.db.Provisioner;
import io.bpohub.core.db.SessionFactories;
import io.bpohub.core.db.TenantAccounts;
import io.bpohub.core.db.TenantConnections;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.model.Entities;
import io.bpohub.core.org.OrgServiceImpl;
import io.bpohub.core.security.AuthServiceImpl;
import io.bpohub.core.security.PasswordHasher;
import io.bpohub.core.tenancy.TenantDirectory;
import io.bpohub.core.tenancy.TenantServiceImpl;
import io.bpohub.platform.services.HealthView;
import io.bpohub.platform.services.MigrationReport;
import io.bpohub.platform.services.PlatformHealth;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.hibernate.SessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's core, wired by hand: pools, the control and tenant session factories, and the
 * services on top. Built the same way in OSGi (by {@code PlatformComponent}) and in database tests.
 */
public final class Platform implements PlatformHealth, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    /** More open tenant pools than this and the least recently used is closed: bounds connections to MariaDB. */
    static final int MAX_OPEN_TENANT_POOLS = 100;

    private final Instant startedAt = Instant.now();
    private final ScheduledExecutorService housekeeping;
    private final HikariDataSource admin;
    private final HikariDataSource controlPool;
    private final SessionFactory controlSessions;
    private final SessionFactory tenantSessionFactory;
    private final TenantConnections tenantConnections;
    private final TenantDirectory directory = new TenantDirectory();
    private final TenantSessions tenantSessions;
    private final AuditLog audit;
    private final AuthServiceImpl auth;
    private final TenantServiceImpl tenants;
    private final OrgServiceImpl org;
    private final ContactServiceImpl contacts;
    private final CampaignServiceImpl campaigns;
    private final WorkflowServiceImpl workflow;
    private final AssignmentServiceImpl assignments;
    private final CalendarModule calendars;
    private final BillingServiceImpl billing;
    private final Jobs jobs;
    private final Margins margins;
    private final Exports exports;
    private final ScriptServiceImpl scripts;
    private final OrderServiceImpl orders;
    private final ComplaintServiceImpl complaints;
    private final MaterialRequestServiceImpl materialRequests;
    private final BulletinServiceImpl bulletins;
    private final DoNotCallLists doNotCall;
    private final ContactImports imports;
    private final DirectConnections direct;
    private final Dialing dialing;
    private final Inbound inbound;
    private volatile boolean migratingTenants;
    private volatile int tenantMigrationFailures;

    /** A platform without its hot-deployable parts: rating and documents answer that their bundle is missing. */
    public Platform(PlatformSettings settings, String... extraTenantMigrations) {
        this(settings, Plugins.none(), extraTenantMigrations);
    }

    public Platform(PlatformSettings settings, Plugins plugins, String... extraTenantMigrations) {
        housekeeping = Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "bpohub-pool-housekeeping");
            t.setDaemon(true);
            return t;
        });
        DatabaseNames names = new DatabaseNames(settings.prefix());
        Pools pools = new Pools(settings.dbUrl(), housekeeping);
        TenantAccounts accounts = new TenantAccounts(settings.secret());
        admin = pools.open("admin", "", settings.adminUser(), settings.adminPassword(), 2);
        Provisioner provisioner = new Provisioner(admin, names, accounts);
        provisioner.createControlDatabase();
        controlPool = pools.open("control", names.control(), settings.adminUser(), settings.adminPassword(), 8);
        String controlVersion = Migrations.migrateControl(controlPool);
        LOG.info("control database {} at schema version {}", names.control(), controlVersion);
        controlSessions = SessionFactories.control(controlPool, Entities.CONTROL);
        ControlDb control = new ControlDb(controlSessions);
        directory.load(control);
        tenantConnections = new TenantConnections(pools, names, accounts, directory::isServing, MAX_OPEN_TENANT_POOLS);
        tenantSessionFactory = SessionFactories.tenants(tenantConnections, Entities.TENANT);
        tenantSessions = new TenantSessions(tenantSessionFactory);
        PasswordHasher hasher = new PasswordHasher(settings.kdfIterations());
        audit = new AuditLog(control);
        Guard guard = new Guard(audit);
        auth = new AuthServiceImpl(control, directory, audit, hasher);
        tenants = new TenantServiceImpl(control, names, pools, accounts, provisioner, tenantConnections, tenantSessions,
                directory, guard, audit, settings.dataDir().resolve("exports"), extraTenantMigrations);
        Owners owners = new Owners(control, guard, settings.agencyZone().getId());
        org = new OrgServiceImpl(control, owners, audit, hasher);
        contacts = new ContactServiceImpl(control, tenantSessions, guard, audit);
        campaigns = new CampaignServiceImpl(control, tenantSessions, owners, audit);
        workflow = new WorkflowServiceImpl(control, tenantSessions, owners, audit);
        assignments = new AssignmentServiceImpl(control, tenantSessions, owners, audit);
        calendars = new CalendarModule(control, tenantSessions, directory, owners, audit);
        jobs = new Jobs(control, owners);
        margins = new Margins(control, tenantSessions, owners, guard, audit);
        exports = new Exports(control, tenantSessions, owners, audit, plugins.tables());
        scripts = new ScriptServiceImpl(control, tenantSessions, guard, audit);
        orders = new OrderServiceImpl(control, tenantSessions, guard, audit);
        complaints = new ComplaintServiceImpl(control, tenantSessions, guard, audit);
        materialRequests = new MaterialRequestServiceImpl(tenantSessions, guard, audit);
        bulletins = new BulletinServiceImpl(control, tenantSessions, guard, audit);
        direct = new DirectConnections(tenantConnections, controlPool);
        Uploads uploads = new Uploads(settings.dataDir().resolve("uploads"));
        doNotCall = new DoNotCallLists(control, owners, audit, direct, uploads, plugins.doNotCall(), settings.agencyRegion());
        imports = new ContactImports(control, owners, audit, jobs, uploads, direct, plugins.importer(), plugins.tables(), doNotCall);
        dialing = new Dialing(control, owners, audit, direct, doNotCall, plugins.dialer(), plugins.telephony(), plugins.routing());
        inbound = new Inbound(control, owners, guard, audit, direct, dialing.inbound());
        billing = new BillingServiceImpl(control, tenantSessions, owners, guard, audit, jobs, plugins,
                new InvoiceDocument.Party(settings.agencyName(), settings.agencyAddress()), settings.agencyZone());
    }

    /** Brings every tenant database to the current schema (after an upgrade); failures are reported, not thrown. */
    public List<MigrationReport> migrateTenants() {
        migratingTenants = true;
        try {
            List<MigrationReport> reports = tenants.migrateTenants();
            tenantMigrationFailures = (int) reports.stream().filter(r -> !r.ok()).count();
            LOG.info("tenant migrations done: {} tenants, {} failed", reports.size(), tenantMigrationFailures);
            return reports;
        } finally {
            migratingTenants = false;
        }
    }

    @Override
    public HealthView health() {
        return new HealthView(migratingTenants ? "MIGRATING" : "UP", directory.count(), tenantConnections.openPools(),
                startedAt, tenantMigrationFailures);
    }

    public AuditLog audit() { return audit; }
    public AuthServiceImpl auth() { return auth; }
    public TenantServiceImpl tenants() { return tenants; }
    public OrgServiceImpl org() { return org; }
    public ContactServiceImpl contacts() { return contacts; }
    public CampaignServiceImpl campaigns() { return campaigns; }
    public WorkflowServiceImpl workflow() { return workflow; }
    public AssignmentServiceImpl assignments() { return assignments; }
    public CalendarModule calendars() { return calendars; }
    public BillingServiceImpl billing() { return billing; }
    public Jobs jobs() { return jobs; }
    public Margins margins() { return margins; }
    public Exports exports() { return exports; }
    public ScriptServiceImpl scripts() { return scripts; }
    public OrderServiceImpl orders() { return orders; }
    public ComplaintServiceImpl complaints() { return complaints; }
    public MaterialRequestServiceImpl materialRequests() { return materialRequests; }
    public BulletinServiceImpl bulletins() { return bulletins; }
    public DoNotCallLists doNotCall() { return doNotCall; }
    public ContactImports imports() { return imports; }
    public DirectConnections direct() { return direct; }
    public Dialing dialing() { return dialing; }
    public Inbound inbound() { return inbound; }
    public TenantSessions tenantSessions() { return tenantSessions; }
    public TenantConnections tenantConnections() { return tenantConnections; }

    @Override
    public void close() {
        dialing.close();
        jobs.close();
        tenantSessionFactory.close();
        controlSessions.close();
        tenantConnections.close();
        controlPool.close();
        admin.close();
        housekeeping.shutdownNow();
    }
}
