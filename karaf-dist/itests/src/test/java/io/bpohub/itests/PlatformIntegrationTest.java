package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;

/** Onboarding, login, permissions, cross-tenant refusals, the operator shell and hot deploy, over HTTP. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PlatformIntegrationTest extends DistributionTestBase {
    @Inject
    private SessionFactory shell;

    @Test
    public void agencyAdminOnboardsATenantThroughRestAndItGetsItsOwnMigratedDatabase() throws Exception {
        String admin = admin();
        onboard(admin, "onb-one", "HYBRID");
        Api.Reply tenant = api.get("/tenants/onb-one", admin);
        assertEquals(200, tenant.status());
        assertEquals("ACTIVE", tenant.json().get("status").asText());
        assertEquals("HYBRID", tenant.json().get("operatingMode").asText());
        assertEquals("the latest tenant schema", latestTenantMigration(), tenant.json().get("schemaVersion").asText());
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

    @Test
    public void refusalsAreLoggedWithTheRequestIdTenantAndUser() throws Exception {
        String admin = admin();
        onboard(admin, "log-a", "HYBRID");
        onboard(admin, "log-b", "HYBRID");
        String token = api.login("log-a.admin", PW);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + HTTP_PORT + "/api/v1/tenants/log-b/contacts"))
                .header("Authorization", "Bearer " + token).header("X-Request-Id", "it-corr-42").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, r.statusCode());
        assertEquals("it-corr-42", r.headers().firstValue("X-Request-Id").orElse(null));
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!Files.readString(log).contains("req=it-corr-42 tenant=log-a user=log-a.admin") && System.nanoTime() < deadline) {
            Thread.sleep(100); // the log appender writes asynchronously
        }
        assertTrue("the refusal's log line carries request, tenant and user",
                Files.readString(log).contains("req=it-corr-42 tenant=log-a user=log-a.admin"));
    }

    /** The highest version among the tenant migrations shipped in the distribution. */
    private String latestTenantMigration() {
        int latest = 0;
        for (Bundle b : bundleContext.getBundles()) {
            if (!"io.bpohub.tenants.migrations".equals(b.getSymbolicName())) continue;
            java.util.Enumeration<String> paths = b.getEntryPaths("io/bpohub/tenants/migrations/sql/");
            while (paths.hasMoreElements()) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("V(\\d+)__").matcher(paths.nextElement());
                if (m.find()) latest = Math.max(latest, Integer.parseInt(m.group(1)));
            }
        }
        return String.valueOf(latest);
    }
}
