package io.bpohub.console.tests;

import io.bpohub.testing.TestDatabases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;

import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;

/**
 * What every console test class shares: the packaged distribution started for the class (or, with
 * -Dbpo.console.url=..., a server that is already running), headless Chromium on its console, evidence
 * of failed tests, and a signed-out browser before each test.
 */
public abstract class ConsoleTestSupport {
    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "admin-demo-1";
    static final String ACME_ADMIN = "acme.admin";
    static final String ACME_ADMIN_PASSWORD = "acme-demo-1";
    static final String GLOBEX_ADMIN = "globex.admin";
    static final String GLOBEX_ADMIN_PASSWORD = "globex-demo-1";

    /** Distinguishes what this run creates, so a rerun against a kept database does not collide. */
    static final String RUN = Long.toString(System.currentTimeMillis() / 1000 % 1_000_000, 36);

    static Path buildDir;
    static KarafDistribution karaf;
    static ConsoleBrowser browser;

    @BeforeClass
    public static void startDistributionAndBrowser() throws Exception {
        buildDir = Paths.get(System.getProperty("bpo.console.buildDir", "target")).toAbsolutePath();
        Files.createDirectories(buildDir);
        String external = System.getProperty("bpo.console.url", "").strip();
        String baseUrl;
        if (external.isEmpty()) {
            karaf = new KarafDistribution(KarafDistribution.path("bpo.console.karafHome"), buildDir);
            karaf.configure(TestDatabases.URL, TestDatabases.USER, TestDatabases.PASSWORD);
            TestDatabases.dropPrefixed(KarafDistribution.DB_PREFIX);
            karaf.start();
            try {
                karaf.awaitReady(Duration.ofSeconds(Long.getLong("bpo.console.startTimeoutSeconds", 120)));
            } catch (Throwable e) {
                karaf.close();
                karaf = null;
                throw e;
            }
            baseUrl = karaf.baseUri().toString();
        } else {
            baseUrl = external.replaceAll("/+$", "");
        }
        browser = ConsoleBrowser.open(baseUrl, buildDir);
    }

    @AfterClass
    public static void stopBrowserAndDistribution() throws Exception {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            browser = null;
            try {
                if (karaf != null) {
                    karaf.close();
                }
            } finally {
                karaf = null;
            }
        }
    }

    /** Keeps a screenshot and the page source of every failed test in target/console-failures/. */
    @Rule
    public final TestWatcher keepEvidence = new TestWatcher() {
        @Override
        protected void failed(Throwable e, Description description) {
            if (browser != null) {
                Path dir = buildDir.resolve("console-failures");
                browser.screenshot(dir.resolve(description.getMethodName() + ".png"));
                browser.savePage(dir.resolve(description.getMethodName() + ".html"));
            }
        }
    };

    @Before
    public void signOut() {
        browser.openSignedOut();
    }

    /** Onboards a tenant through the REST API and waits until its database is ready. */
    static void onboardTenant(ConsoleRest rest, String admin, String slug, String timeZone, String locale, String currency, String mode) {
        rest.post("/tenants", "{\"slug\":\"" + slug + "\",\"name\":\"Tenant " + slug + "\",\"timeZone\":\"" + timeZone + "\",\"locale\":\""
                + locale + "\",\"currency\":\"" + currency + "\",\"operatingMode\":\"" + mode + "\"}", admin).expect(201);
        Instant deadline = Instant.now().plusSeconds(120);
        while (!"ACTIVE".equals(rest.get("/tenants/" + slug, admin).expect(200).json().get("status"))) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("tenant " + slug + " is not active");
            }
            sleep(500);
        }
    }

    /** Waits while the server catches up (tenant provisioning). */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
