package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import java.io.File;
import java.time.Duration;
import io.bpohub.testing.TestDatabases;
import javax.inject.Inject;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.BundleContext;

/**
 * Boots the packaged distribution (bpohub-karaf-dist tar.gz) against the real MariaDB server, one
 * container per test class; tests drive it over HTTP as a client would.
 */
public abstract class DistributionTestBase {
    @Inject
    protected BundleContext bundleContext;

    static final String PREFIX = "bpoit_";
    static final int HTTP_PORT = 18281;
    static final String PW = "it-password-1";

    protected final Api api = new Api("http://127.0.0.1:" + HTTP_PORT + "/api/v1");

    @Configuration
    public Option[] config() throws Exception {
        String dbUrl = TestDatabases.URL;
        String dbUser = TestDatabases.USER;
        String dbPassword = TestDatabases.PASSWORD;
        TestDatabases.dropPrefixed(PREFIX); // each run starts from nothing: the platform creates what it needs
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
            // the simulated network answers fast and always, so that a test sees a whole call in seconds
            editConfigurationFilePut("etc/io.bpohub.telephony.sim.cfg", "answer.probability", "1.0"),
            editConfigurationFilePut("etc/io.bpohub.telephony.sim.cfg", "ring.minSeconds", "1"),
            editConfigurationFilePut("etc/io.bpohub.telephony.sim.cfg", "ring.maxSeconds", "2"),
            editConfigurationFilePut("etc/io.bpohub.telephony.sim.cfg", "talk.meanSeconds", "4"),
            editConfigurationFilePut("etc/io.bpohub.telephony.sim.cfg", "talk.cv", "0.1"),
            editConfigurationFilePut("etc/io.bpohub.telephony.sim.cfg", "patience.meanSeconds", "30"),
            systemProperty("bpo.example.bundle").value("mvn:io.bpohub/bpohub-example-channel-webhook/" + version),
        };
    }

    /** The demo agency admin exists once the platform is up and seeded. */
    protected String admin() throws InterruptedException {
        api.await("/health", null, r -> r.status() == 200, Duration.ofSeconds(120));
        api.await("/health", null, r -> r.json().get("tenants").asInt() >= 2, Duration.ofSeconds(120));
        return api.login("admin", "admin-demo-1");
    }

    protected void onboard(String admin, String slug, String mode) {
        Api.Reply r = api.post("/tenants", "{\"slug\":\"" + slug + "\",\"name\":\"" + slug + " Inc\",\"timeZone\":\"Europe/London\","
                + "\"locale\":\"en-GB\",\"currency\":\"GBP\",\"operatingMode\":\"" + mode + "\"}", admin);
        assertEquals(r.text(), 201, r.status());
        r = api.post("/orgs/" + slug + "/users", "{\"username\":\"" + slug + ".admin\",\"displayName\":\"Admin\",\"password\":\""
                + PW + "\",\"role\":\"TENANT_ADMIN\"}", admin);
        assertEquals(r.text(), 201, r.status());
    }

}
