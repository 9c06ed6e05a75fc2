package io.bpohub.tenants.templates;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.MarginService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.ContactService;
import io.bpohub.platform.services.InboundService;
import io.bpohub.platform.services.NewContact;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.TenantService;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seeds the demo agency on a first run (etc/io.bpohub.demo.cfg, {@code seed = true}): agency staff,
 * a hybrid client (acme, Shanghai) with in-house staff, and an outsourced client (globex, New York).
 * Seeding is skipped when the agency admin exists, so restarts change nothing. Then the demo's
 * billing and last month's work (see {@link DemoBilling}), also once.
 */
@Component(configurationPid = "io.bpohub.demo", configurationPolicy = ConfigurationPolicy.REQUIRE, immediate = true)
public final class DemoAgency {
    private static final Logger LOG = LoggerFactory.getLogger(DemoAgency.class);
    static final String STAFF_PASSWORD = "demo-password-1";

    @interface Config {
        boolean seed() default false;
    }

    @Reference private AuthService auth;
    @Reference private TenantService tenants;
    @Reference private OrgService org;
    @Reference private ContactService contacts;
    @Reference private BillingService billing;
    @Reference private MarginService margins;
    @Reference private CampaignService campaigns;
    @Reference private ContactImportService imports;
    @Reference private InboundService inbound;

    @Activate
    void activate(Config config) {
        if (!config.seed()) return;
        Caller operator = auth.operator("demo-seed");
        try {
            if (org.users(operator, OrgService.AGENCY, 0, 1).total() > 0) {
                LOG.info("demo agency already present; nothing seeded");
            } else {
                seed(operator);
                LOG.info("demo agency seeded: log in as admin / admin-demo-1");
            }
            // separately, so that an installation seeded before billing existed gets it too
            DemoBilling.seed(billing, margins, operator, YearMonth.now(ZoneOffset.UTC).minusMonths(1));
            DemoCampaign.seed(campaigns, imports, operator);
            DemoInbound.seed(campaigns, inbound, operator);
        } catch (PlatformException e) {
            LOG.error("demo seeding failed: {} (field {})", e.getMessage(), e.field(), e);
        }
    }

    private void seed(Caller op) {
        String agency = OrgService.AGENCY;
        user(op, agency, "admin", "Agency Administrator", "admin-demo-1", Role.AGENCY_ADMIN, null);
        long operations = unit(op, agency, OrgUnitKind.DEPARTMENT, "Outsourced Operations", null);
        long night = unit(op, agency, OrgUnitKind.TEAM, "Night Shift", operations);
        long weekend = unit(op, agency, OrgUnitKind.TEAM, "Weekend & Holidays", operations);
        user(op, agency, "agency.head", "Lin Wei", STAFF_PASSWORD, Role.SUPERVISOR, operations);
        user(op, agency, "agency.lead", "Maria Santos", STAFF_PASSWORD, Role.TEAM_LEAD, night);
        user(op, agency, "agency.agent1", "Ahmed Khan", STAFF_PASSWORD, Role.AGENT, night);
        user(op, agency, "agency.agent2", "Julia Novak", STAFF_PASSWORD, Role.AGENT, weekend);

        tenants.create(op, new NewTenant("acme", "Acme Retail (Shanghai)", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.HYBRID));
        user(op, "acme", "acme.admin", "Acme Tenant Admin", "acme-demo-1", Role.TENANT_ADMIN, null);
        user(op, "acme", "acme.manager", "Zhang Min (client manager)", STAFF_PASSWORD, Role.CLIENT_MANAGER, null);
        long telesales = unit(op, "acme", OrgUnitKind.DEPARTMENT, "Telesales", null);
        long north = unit(op, "acme", OrgUnitKind.TEAM, "Team North", telesales);
        long south = unit(op, "acme", OrgUnitKind.TEAM, "Team South", telesales);
        user(op, "acme", "acme.head", "Wang Fang", STAFF_PASSWORD, Role.SUPERVISOR, telesales);
        user(op, "acme", "acme.lead", "Li Qiang", STAFF_PASSWORD, Role.TEAM_LEAD, north);
        user(op, "acme", "acme.agent1", "Chen Jing", STAFF_PASSWORD, Role.AGENT, north);
        user(op, "acme", "acme.agent2", "Zhao Lei", STAFF_PASSWORD, Role.AGENT, south);
        contacts.create(op, "acme", new NewContact("刘洋", "+86 138 0013 8000", telesales, north, "acme.agent1"));
        contacts.create(op, "acme", new NewContact("孙丽", "+86 139 1234 5678", telesales, north, "acme.agent1"));
        contacts.create(op, "acme", new NewContact("周杰", "+86 137 2222 3333", telesales, south, "acme.agent2"));
        contacts.create(op, "acme", new NewContact("吴敏", "+86 21 5555 0100", telesales, null, null));

        tenants.create(op, new NewTenant("globex", "Globex Insurance", "America/New_York", "en-US", "USD", OperatingMode.OUTSOURCED));
        user(op, "globex", "globex.admin", "Globex Tenant Admin", "globex-demo-1", Role.TENANT_ADMIN, null);
        user(op, "globex", "globex.manager", "Pat Miller (client manager)", STAFF_PASSWORD, Role.CLIENT_MANAGER, null);
        contacts.create(op, "globex", new NewContact("John Carter", "+1 212 555 0100", null, null, null));
        contacts.create(op, "globex", new NewContact("Emily Stone", "+1 646 555 0199", null, null, null));
    }

    private long unit(Caller op, String owner, OrgUnitKind kind, String name, Long parent) {
        return org.createUnit(op, owner, new NewOrgUnit(kind, name, parent)).id();
    }

    private void user(Caller op, String owner, String username, String name, String password, Role role, Long unit) {
        org.createUser(op, owner, new NewUser(username, name, password, role, unit));
    }
}
