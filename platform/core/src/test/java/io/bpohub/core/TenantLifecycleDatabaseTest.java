package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.core.db.DatabaseNames;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.MigrationReport;
import io.bpohub.platform.services.NewContact;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.TenantExport;
import io.bpohub.platform.services.TenantStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Onboarding input, upgrade migrations across tenants, and offboarding with export. */
public class TenantLifecycleDatabaseTest {
    private static final String PREFIX = "bput_life_";
    private static PlatformSettings settings;
    private static Platform platform;
    private static Caller operator;

    @BeforeClass
    public static void start() throws Exception {
        TestDatabase.dropAll(PREFIX);
        settings = TestDatabase.settings(PREFIX);
        platform = new Platform(settings);
        operator = platform.auth().operator("test");
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    private static void onboard(String slug) {
        platform.tenants().create(operator, new NewTenant(slug, slug, "America/New_York", "en-US", "USD", OperatingMode.OUTSOURCED));
    }

    @Test
    public void badOnboardingInputNamesTheField() {
        Map<String, NewTenant> cases = Map.of(
                "slug", new NewTenant("Bad Slug", "x", "UTC", "en", "USD", OperatingMode.HYBRID),
                "timeZone", new NewTenant("tz-bad", "x", "Mars/Olympus", "en", "USD", OperatingMode.HYBRID),
                "currency", new NewTenant("cur-bad", "x", "UTC", "en", "XYZW", OperatingMode.HYBRID),
                "operatingMode", new NewTenant("mode-bad", "x", "UTC", "en", "USD", null),
                "name", new NewTenant("name-bad", " ", "UTC", "en", "USD", OperatingMode.HYBRID));
        cases.forEach((field, tenant) -> {
            PlatformException e = assertThrows(PlatformException.class, () -> platform.tenants().create(operator, tenant));
            assertEquals(PlatformException.Kind.INVALID_INPUT, e.kind());
            assertEquals(field, e.field());
        });
        assertEquals("slug", assertThrows(PlatformException.class, () -> platform.tenants().create(operator,
                new NewTenant("agency", "x", "UTC", "en", "USD", OperatingMode.HYBRID))).field());
    }

    @Test
    public void duplicateSlugIsAConflict() {
        onboard("dup");
        PlatformException e = assertThrows(PlatformException.class, () -> onboard("dup"));
        assertEquals(PlatformException.Kind.CONFLICT, e.kind());
    }

    @Test
    public void upgradeMigratesEveryTenantAndOneFailureDoesNotStopTheOthers() throws Exception {
        onboard("up-one");
        onboard("up-two");
        onboard("up-three");
        DatabaseNames names = new DatabaseNames(PREFIX);
        // sabotage up-two: the table the next migration creates is already there
        try (Connection c = TestDatabase.connect(names.tenantDatabase("up-two"), TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (x INT)");
        }
        try (Platform upgraded = new Platform(settings, "classpath:io/bpohub/core/testmigrations")) {
            Map<String, MigrationReport> reports = upgraded.migrateTenants().stream()
                    .collect(Collectors.toMap(MigrationReport::tenantSlug, r -> r));
            assertTrue(reports.get("up-one").ok());
            assertEquals("900", reports.get("up-one").schemaVersion());
            assertTrue(reports.get("up-three").ok());
            assertFalse(reports.get("up-two").ok());
            assertTrue(reports.get("up-two").error(), reports.get("up-two").error().contains("note"));
            assertNotNull("the failure is kept on the tenant", upgraded.tenants().get(operator, "up-two").migrationError());
            assertEquals(1, upgraded.health().tenantMigrationFailures());
        }
    }

    @Test
    public void offboardingNeedsSuspensionExportAndConfirmationThenRemovesTheDatabase() throws Exception {
        onboard("leaving");
        platform.contacts().create(operator, "leaving", new NewContact("Last Customer", "+12125550100", null, null, null));
        assertEquals("confirm", assertThrows(PlatformException.class,
                () -> platform.tenants().offboard(operator, "leaving", "wrong")).field());
        assertEquals("status", assertThrows(PlatformException.class,
                () -> platform.tenants().offboard(operator, "leaving", "leaving")).field());
        platform.tenants().suspend(operator, "leaving", "contract ended");
        assertEquals("export", assertThrows(PlatformException.class,
                () -> platform.tenants().offboard(operator, "leaving", "leaving")).field());
        TenantExport export = platform.tenants().export(operator, "leaving");
        assertEquals(1, export.contacts());
        assertTrue(Files.readString(Path.of(export.file())).contains("Last Customer"));
        assertEquals(TenantStatus.OFFBOARDED, platform.tenants().offboard(operator, "leaving", "leaving").status());
        try (Connection c = TestDatabase.connect("", TestDatabase.USER, TestDatabase.PASSWORD);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW DATABASES LIKE '" + new DatabaseNames(PREFIX).tenantDatabase("leaving") + "'")) {
            assertFalse("the tenant database is gone", rs.next());
        }
        assertThrows(IllegalStateException.class, () -> platform.tenantSessions().inTenant("leaving", s -> 1));
        List<String> actions = platform.audit().list(operator, "leaving", null, 0, 20).items().stream()
                .map(a -> a.action()).collect(Collectors.toList());
        assertTrue(actions.toString(), actions.containsAll(List.of("tenant.create", "tenant.suspend", "tenant.export", "tenant.offboard")));
    }
}
