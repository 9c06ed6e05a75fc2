package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.core.db.DatabaseNames;
import io.bpohub.core.db.TenantAccounts;
import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.NewContact;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Tries to reach one tenant's data from another, at the database and at the service level. */
public class TenantIsolationDatabaseTest {
    private static final String PREFIX = "bput_iso_";
    private static PlatformSettings settings;
    private static Platform platform;
    private static Caller operator;

    @BeforeClass
    public static void onboardTwoTenants() throws Exception {
        TestDatabase.dropAll(PREFIX);
        settings = TestDatabase.settings(PREFIX);
        platform = new Platform(settings);
        operator = platform.auth().operator("test");
        for (String slug : List.of("alpha", "beta")) {
            platform.tenants().create(operator, new NewTenant(slug, slug + " Ltd", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.HYBRID));
            platform.org().createUser(operator, slug, new NewUser(slug + ".admin", slug + " admin", "correct-horse-1", Role.TENANT_ADMIN, null));
            platform.contacts().create(operator, slug, new NewContact(slug + " customer", "+8613800000000", null, null, null));
        }
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    @Test
    public void tenantAccountCannotSelectFromAnotherTenantsDatabase() throws Exception {
        DatabaseNames names = new DatabaseNames(PREFIX);
        String alphaAccount = names.tenantAccount("alpha");
        String alphaPassword = new TenantAccounts(settings.secret()).password(alphaAccount);
        try (Connection alpha = TestDatabase.connect(names.tenantDatabase("alpha"), alphaAccount, alphaPassword);
             Statement s = alpha.createStatement()) {
            assertTrue("alpha reads its own contacts", s.executeQuery("SELECT count(*) FROM contact").next());
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeQuery("SELECT * FROM `" + names.tenantDatabase("beta") + "`.contact"));
            assertTrue(refused.getMessage(), refused.getMessage().contains("denied"));
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM `" + names.control() + "`.app_user"));
            assertThrows(SQLException.class, () -> s.executeQuery("SELECT * FROM mysql.user"));
        }
        assertThrows("alpha's account cannot even open beta's database", SQLException.class,
                () -> TestDatabase.connect(names.tenantDatabase("beta"), alphaAccount, alphaPassword).close());
    }

    @Test
    public void tenantSessionCannotBeOpenedWithoutATenant() {
        assertThrows(IllegalStateException.class, () -> platform.tenantSessions().inTenant(null, s -> 1));
        assertThrows(IllegalStateException.class, () -> platform.tenantSessions().inTenant(" ", s -> 1));
    }

    @Test
    public void tenantSessionCannotSwitchToAnotherTenantMidWork() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> platform.tenantSessions().inTenant("alpha",
                s -> platform.tenantSessions().inTenant("beta", inner -> inner.createQuery("from ContactRecord").list())));
        assertTrue(e.getMessage(), e.getMessage().contains("cannot switch to tenant beta"));
        long own = platform.tenantSessions().inTenant("alpha", s -> platform.tenantSessions().inTenant("alpha",
                inner -> inner.createQuery("select count(c) from ContactRecord c", Long.class).uniqueResult()));
        assertEquals("nesting for the same tenant is fine", 1L, own);
    }

    @Test
    public void tenantAdminIsRefusedEveryOtherTenantsDataAndTheRefusalIsAudited() {
        Caller alphaAdmin = platform.auth().authenticate(
                platform.auth().login("alpha.admin", "correct-horse-1", "127.0.0.1").token(), "127.0.0.1");
        assertEquals(1, platform.contacts().list(alphaAdmin, "alpha", 0, 10).total());
        List<Runnable> attempts = List.of(
                () -> platform.contacts().list(alphaAdmin, "beta", 0, 10),
                () -> platform.contacts().create(alphaAdmin, "beta", new NewContact("x", "+8613800000001", null, null, null)),
                () -> platform.org().tree(alphaAdmin, "beta"),
                () -> platform.org().users(alphaAdmin, "beta", 0, 10),
                () -> platform.org().createUser(alphaAdmin, "beta", new NewUser("intruder", "x", "long-password-1", Role.AGENT, null)),
                () -> platform.org().tree(alphaAdmin, OrgService.AGENCY),
                () -> platform.tenants().get(alphaAdmin, "beta"),
                () -> platform.tenants().list(alphaAdmin, 0, 10),
                () -> platform.tenants().suspend(alphaAdmin, "beta", "x"),
                () -> platform.audit().list(alphaAdmin, "beta", null, 0, 10));
        long deniedBefore = denied("beta");
        for (Runnable attempt : attempts) {
            PlatformException e = assertThrows(PlatformException.class, attempt::run);
            assertEquals(PlatformException.Kind.FORBIDDEN, e.kind());
        }
        assertTrue("each refusal naming beta is in the audit log", denied("beta") - deniedBefore >= 8);
        AuditEntry last = platform.audit().list(operator, "beta", "DENIED", 0, 1).items().get(0);
        assertEquals("alpha.admin", last.actor());
        assertEquals("alpha", last.actorTenant());
    }

    private long denied(String tenant) {
        return platform.audit().list(operator, tenant, "DENIED", 0, 1).total();
    }
}
