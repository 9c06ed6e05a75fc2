package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
