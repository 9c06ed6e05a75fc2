package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Boots the packaged distribution (bpohub-karaf-dist tar.gz) against the real MariaDB server and
 * drives it over HTTP: onboarding, login, permissions, cross-tenant refusals, hot deploy.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIntegrationTest {
    static final String PREFIX = "bpoit_";
    static final int HTTP_PORT = 18281;
    static final String PW = "it-password-1";

    @Inject
    private BundleContext bundleContext;

    @Inject
    private SessionFactory shell;

    private final Api api = new Api("http://127.0.0.1:" + HTTP_PORT + "/api/v1");

    @Configuration
    public Option[] config() throws Exception {
        String dbUrl = System.getProperty("bpo.test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
        String dbUser = System.getProperty("bpo.test.db.user", "root");
        String dbPassword = System.getProperty("bpo.test.db.password", "");
        dropPrefixedDatabases(dbUrl, dbUser, dbPassword);
        String version = System.getProperty("bpo.version", "0.1.0-SNAPSHOT");
        String platformCfg = "etc/io.bpohub.platform.cfg";
        return new Option[] {
            karafDistributionConfiguration()
                .frameworkUrl(maven().groupId("io.bpohub").artifactId("bpohub-karaf-dist").type("tar.gz").version(version))
                .name("BPO Hub").karafVersion("4.4.10")
                .unpackDirectory(new File("target/exam")).useDeployFolder(false),
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            editConfigurationFilePut(platformCfg, "db.url", dbUrl),
            editConfigurationFilePut(platformCfg, "db.adminUser", dbUser),
            editConfigurationFilePut(platformCfg, "db.adminPassword", dbPassword),
            editConfigurationFilePut(platformCfg, "db.prefix", PREFIX),
            editConfigurationFilePut(platformCfg, "password.kdfIterations", "100000"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(HTTP_PORT)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
            systemProperty("bpo.example.bundle").value("mvn:io.bpohub/bpohub-example-channel-webhook/" + version),
        };
    }

    /** Each run starts from nothing: the platform creates every database and account it needs. */
    private static void dropPrefixedDatabases(String url, String user, String password) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            List<String> drops = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SHOW DATABASES LIKE '" + PREFIX + "%'")) {
                while (rs.next()) drops.add("DROP DATABASE `" + rs.getString(1) + "`");
            }
            try (ResultSet rs = s.executeQuery("SELECT User, Host FROM mysql.user WHERE User LIKE '" + PREFIX + "%'")) {
                while (rs.next()) drops.add("DROP USER '" + rs.getString(1) + "'@'" + rs.getString(2) + "'");
            }
            for (String drop : drops) s.execute(drop);
        }
    }

    /** The demo agency admin exists once the platform is up and seeded. */
    private String admin() throws InterruptedException {
        api.await("/health", null, r -> r.status() == 200, Duration.ofSeconds(120));
        api.await("/health", null, r -> r.json().get("tenants").asInt() >= 2, Duration.ofSeconds(120));
        return api.login("admin", "admin-demo-1");
    }

    private void onboard(String admin, String slug, String mode) {
        Api.Reply r = api.post("/tenants", "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + " Inc\",\"timeZone\":\"Europe/London\","
                + "\"locale\":\"en-GB\",\"currency\":\"GBP\",\"operatingMode\":\"" + mode + "\"}", admin);
        assertEquals(r.text(), 201, r.status());
        r = api.post("/orgs/" + slug + "/users", "{\"username\":\"" + slug + ".admin\",\"displayName\":\"Admin\",\"password\":\""
                + PW + "\",\"role\":\"TENANT_ADMIN\"}", admin);
        assertEquals(r.text(), 201, r.status());
    }

    @Test
    public void agencyAdminOnboardsATenantThroughRestAndItGetsItsOwnMigratedDatabase() throws Exception {
        String admin = admin();
        onboard(admin, "onb-one", "HYBRID");
        Api.Reply tenant = api.get("/tenants/onb-one", admin);
        assertEquals(200, tenant.status());
        assertEquals("ACTIVE", tenant.json().get("status").asText());
        assertEquals("HYBRID", tenant.json().get("operatingMode").asText());
        assertEquals("1", tenant.json().get("schemaVersion").asText());
        String own = api.login("onb-one.admin", PW);
        Api.Reply created = api.post("/tenants/onb-one/contacts", "{\"name\":\"First Customer\",\"phone\":\"+442071838750\"}", own);
        assertEquals(created.text(), 201, created.status());
        assertEquals(1, api.get("/tenants/onb-one/contacts", own).json().get("total").asInt());
    }

    @Test
    public void tenantUsersAndApiTokensAreRefusedOnEveryOtherTenantsUrlAndEachRefusalIsAudited() throws Exception {
        String admin = admin();
        onboard(admin, "iso-a", "OUTSOURCED");
        onboard(admin, "iso-b", "IN_HOUSE");
        String session = api.login("iso-a.admin", PW);
        Api.Reply token = api.post("/me/tokens", "{\"name\":\"attack script\"}", session);
        assertEquals(token.text(), 201, token.status());
        String apiToken = token.json().get("token").asText();
        for (String credential : List.of(session, apiToken)) {
            List<Api.Reply> replies = List.of(
                    api.get("/tenants/iso-b", credential),
                    api.get("/tenants/iso-b/contacts", credential),
                    api.post("/tenants/iso-b/contacts", "{\"name\":\"x\",\"phone\":\"+442071838750\"}", credential),
                    api.get("/orgs/iso-b/tree", credential),
                    api.get("/orgs/iso-b/users", credential),
                    api.post("/orgs/iso-b/users", "{\"username\":\"mole\",\"displayName\":\"m\",\"password\":\"" + PW + "\",\"role\":\"AGENT\"}", credential),
                    api.get("/orgs/iso-b/users/iso-b.admin/history", credential),
                    api.post("/orgs/iso-b/units", "{\"kind\":\"DEPARTMENT\",\"name\":\"x\"}", credential),
                    api.post("/tenants/iso-b/suspend", "{\"reason\":\"x\"}", credential),
                    api.post("/tenants/iso-b/export", null, credential),
                    api.delete("/tenants/iso-b?confirm=iso-b", credential),
                    api.get("/audit?tenant=iso-b", credential),
                    api.get("/tenants", credential),
                    api.get("/orgs/agency/users", credential));
            for (Api.Reply r : replies) {
                assertTrue(r.status() + " " + r.text(), r.status() == 403 || r.status() == 404);
                assertTrue(r.contentType(), r.contentType().startsWith("application/problem+json"));
            }
        }
        Api.Reply audit = api.get("/audit?tenant=iso-b&outcome=DENIED&size=200", admin);
        long byA = 0;
        for (JsonNode e : audit.json().get("items")) {
            if ("iso-a.admin".equals(e.get("actor").asText())) byA++;
        }
        assertTrue("refusals naming iso-b audited: " + byA, byA >= 2 * 12);
        assertEquals("iso-b is untouched", 0, api.get("/tenants/iso-b/contacts", admin).json().get("total").asInt());
        assertEquals("ACTIVE", api.get("/tenants/iso-b", admin).json().get("status").asText());
    }

    @Test
    public void wrongPasswordsAreRefusedThenTheAccountLocks() throws Exception {
        String admin = admin();
        onboard(admin, "lock-co", "HYBRID");
        for (int i = 0; i < 5; i++) {
            Api.Reply r = api.post("/auth/login", "{\"username\":\"lock-co.admin\",\"password\":\"guess-" + i + "\"}", null);
            assertEquals(401, r.status());
            assertTrue(r.contentType().startsWith("application/problem+json"));
        }
        assertEquals(429, api.post("/auth/login", "{\"username\":\"lock-co.admin\",\"password\":\"" + PW + "\"}", null).status());
        assertEquals("no token, no data", 401, api.get("/tenants/lock-co/contacts", null).status());
        assertEquals(401, api.get("/me", "forged-token").status());
    }

    @Test
    public void badInputIsAProblemNamingTheField() throws Exception {
        String admin = admin();
        Api.Reply zone = api.post("/tenants", "{\"slug\":\"bad-zone\",\"name\":\"x\",\"timeZone\":\"Mars/Base\",\"locale\":\"en\","
                + "\"currency\":\"USD\",\"operatingMode\":\"HYBRID\"}", admin);
        assertEquals(400, zone.status());
        assertEquals("timeZone", zone.json().get("field").asText());
        Api.Reply unknown = api.post("/tenants", "{\"slug\":\"x1\",\"colour\":\"red\"}", admin);
        assertEquals(400, unknown.status());
        assertEquals("colour", unknown.json().get("field").asText());
        Api.Reply mode = api.post("/tenants", "{\"slug\":\"x1\",\"operatingMode\":\"SOMETIMES\"}", admin);
        assertEquals(400, mode.status());
        assertEquals("operatingMode", mode.json().get("field").asText());
        assertEquals("size", api.get("/tenants?size=0", admin).json().get("field").asText());
    }

    @Test
    public void listsPaginate() throws Exception {
        String admin = admin();
        Api.Reply page = api.get("/tenants?page=1&size=1", admin);
        assertEquals(200, page.status());
        assertEquals(1, page.json().get("items").size());
        assertEquals(1, page.json().get("page").asInt());
        assertTrue(page.json().get("total").asInt() >= 2);
    }

    @Test
    public void openApiDocumentIsServedWithThePaths() throws Exception {
        admin();
        Api.Reply doc = api.get("/openapi.json", null);
        assertEquals(200, doc.status());
        assertTrue(doc.json().get("paths").has("/tenants/{slug}/contacts"));
        assertTrue(doc.json().get("paths").has("/orgs/{owner}/users/{username}/move"));
        assertTrue(api.get("/metrics", null).text().contains("bpohub_tenants "));
    }

    @Test
    public void channelBundleIsNoticedWhenInstalledUpdatedAndUninstalled() throws Exception {
        String admin = admin();
        assertFalse(hasWebhook(api.get("/channels", admin)));
        Bundle bundle = bundleContext.installBundle(System.getProperty("bpo.example.bundle"));
        bundle.start();
        Api.Reply installed = api.await("/channels", admin, PlatformIntegrationTest::hasWebhook, Duration.ofSeconds(30));
        long firstRegistrations = webhook(installed).get("registrations").asLong();
        bundle.update();
        api.await("/channels", admin, r -> hasWebhook(r) && webhook(r).get("registrations").asLong() > firstRegistrations,
                Duration.ofSeconds(30));
        bundle.uninstall();
        api.await("/channels", admin, r -> r.status() == 200 && !hasWebhook(r), Duration.ofSeconds(30));
        assertEquals("the platform kept serving throughout", 200, api.get("/tenants", admin).status());
    }

    private static boolean hasWebhook(Api.Reply r) {
        return r.status() == 200 && webhook(r) != null;
    }

    private static JsonNode webhook(Api.Reply r) {
        for (JsonNode c : r.json()) {
            if ("webhook".equals(c.get("type").asText())) return c;
        }
        return null;
    }

    /** Runs a command in the Karaf shell the way an operator types it; returns what it printed. */
    private String shell(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = shell.create(System.in, out, out);
        try {
            session.execute(command);
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    public void operatorOnboardsSuspendsAndInspectsATenantFromTheShell() throws Exception {
        String admin = admin();
        shell("bpo:tenant-create --time-zone Asia/Shanghai --locale zh-CN --currency CNY --mode HYBRID shell-co \"Shell Co\"");
        assertEquals("ACTIVE", api.get("/tenants/shell-co", admin).json().get("status").asText());
        shell("bpo:unit-create shell-co DEPARTMENT Telesales");
        assertTrue(shell("bpo:org-tree shell-co").contains("Telesales"));
        shell("bpo:tenant-suspend --reason audit shell-co");
        assertEquals("SUSPENDED", api.get("/tenants/shell-co", admin).json().get("status").asText());
        assertTrue(shell("bpo:tenant-list --size 200").contains("shell-co"));
        try {
            shell("bpo:tenant-offboard --confirm wrong shell-co");
            throw new AssertionError("offboarding without the matching confirmation must fail");
        } catch (Exception refused) {
            assertTrue(refused.getMessage(), refused.getMessage().contains("confirm"));
        }
        assertEquals("SUSPENDED", api.get("/tenants/shell-co", admin).json().get("status").asText());
    }
}
