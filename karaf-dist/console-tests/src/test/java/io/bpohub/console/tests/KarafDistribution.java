package io.bpohub.console.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.json.Json;

/**
 * The packaged distribution (unpacked by the build into target/dist) run as a child process:
 * configured for the test MariaDB and test ports, started with {@code bin/karaf server}, polled until
 * it serves the API with its demo data, and stopped again.
 */
final class KarafDistribution implements AutoCloseable {
    static final int HTTP_PORT = 18381;
    static final int SSH_PORT = 18301;
    static final int RMI_REGISTRY_PORT = 11399;
    static final int RMI_SERVER_PORT = 44399;
    static final String DB_PREFIX = "bpoct_";

    static final String DEMO_ADMIN = "admin";
    static final String DEMO_ADMIN_PASSWORD = "admin-demo-1";
    static final List<String> DEMO_TENANTS = List.of("acme", "globex");

    private final Path home;
    private final Path consoleLog;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private Thread shutdownHook;

    KarafDistribution(Path home, Path buildDir) {
        this.home = home.toAbsolutePath();
        this.consoleLog = buildDir.toAbsolutePath().resolve("karaf-console.log");
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + HTTP_PORT);
    }

    /** Writes the platform, HTTP, SSH and JMX settings into etc/ and removes state of earlier runs. */
    void configure(String dbUrl, String dbAdminUser, String dbAdminPassword) throws IOException {
        if (!Files.isRegularFile(home.resolve("bin/karaf"))) {
            throw new IllegalStateException("No Karaf distribution at " + home
                    + "; build it first (mvn install in karaf-dist) so the test module can unpack it");
        }
        Map<String, String> platform = new LinkedHashMap<>();
        platform.put("db.url", dbUrl);
        platform.put("db.adminUser", dbAdminUser);
        platform.put("db.adminPassword", dbAdminPassword);
        platform.put("db.prefix", DB_PREFIX);
        platform.put("demo.seed", "true");
        setProperties(home.resolve("etc/io.bpohub.platform.cfg"), platform);
        setProperties(home.resolve("etc/org.ops4j.pax.web.cfg"),
                Map.of("org.osgi.service.http.port", String.valueOf(HTTP_PORT)));
        setProperties(home.resolve("etc/org.apache.karaf.shell.cfg"), Map.of("sshPort", String.valueOf(SSH_PORT)));
        // the simulated network answers at once and the customer talks a few seconds: a desk test sees whole calls
        Map<String, String> network = new LinkedHashMap<>();
        network.put("answer.probability", "1.0");
        network.put("ring.minSeconds", "1");
        network.put("ring.maxSeconds", "2");
        network.put("talk.meanSeconds", "6");
        network.put("talk.cv", "0.1");
        network.put("patience.meanSeconds", "30");
        network.put("inbound.perHour", "900"); // a caller every 4 s or so: the inbound test sees whole calls
        network.put("inbound.patienceMeanSeconds", "120");
        setProperties(home.resolve("etc/io.bpohub.telephony.sim.cfg"), network);
        Map<String, String> management = new LinkedHashMap<>();
        management.put("rmiRegistryPort", String.valueOf(RMI_REGISTRY_PORT));
        management.put("rmiServerPort", String.valueOf(RMI_SERVER_PORT));
        setProperties(home.resolve("etc/org.apache.karaf.management.cfg"), management);

        // A clean start: no bundle cache, configuration or logs from an earlier run.
        deleteTree(home.resolve("data"));
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            scripts.forEach(script -> script.toFile().setExecutable(true, false));
        }
    }

    /**
     * Sets {@code key = value} lines in a Karaf .cfg file: replaces the line of a key that is present
     * (commented-out lines stay as they are) and appends the others.
     */
    static void setProperties(Path cfg, Map<String, String> values) throws IOException {
        List<String> lines = Files.exists(cfg) ? Files.readAllLines(cfg, StandardCharsets.UTF_8) : new ArrayList<>();
        List<String> out = new ArrayList<>();
        Map<String, String> pending = new LinkedHashMap<>(values);
        for (String line : lines) {
            String key = keyOf(line);
            if (key != null && values.containsKey(key)) {
                if (pending.containsKey(key)) {
                    out.add(key + " = " + escape(values.get(key)));
                    pending.remove(key);
                }
                // a duplicate line of the same key is dropped
            } else {
                out.add(line);
            }
        }
        pending.forEach((key, value) -> out.add(key + " = " + escape(value)));
        Files.createDirectories(cfg.getParent());
        Files.write(cfg, out, StandardCharsets.UTF_8);
    }

    private static String keyOf(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!")) {
            return null;
        }
        int end = 0;
        while (end < trimmed.length() && "=: \t".indexOf(trimmed.charAt(end)) < 0) {
            end++;
        }
        return trimmed.substring(0, end);
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\");
    }

    /** Starts {@code bin/karaf server}; its output goes to target/karaf-console.log. */
    void start() throws IOException {
        for (int port : new int[] {HTTP_PORT, SSH_PORT, RMI_REGISTRY_PORT, RMI_SERVER_PORT}) {
            requireFree(port);
        }
        Files.deleteIfExists(consoleLog);
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(consoleLog.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().put("JAVA_OPTS", "-Xmx1g");
        builder.environment().remove("KARAF_HOME");
        builder.environment().remove("KARAF_BASE");
        builder.environment().remove("KARAF_DATA");
        builder.environment().remove("KARAF_ETC");
        process = builder.start();
        shutdownHook = new Thread(this::destroy, "stop-karaf-under-test");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " on 127.0.0.1 is in use; is a Karaf of an earlier "
                    + "test run still running? Stop it (target/dist/.../bin/stop) and try again", e);
        }
    }

    /**
     * Waits until GET /api/v1/health answers 200 and the demo data is there (the demo agency admin can
     * sign in and sees the demo tenants active). Fails with the tail of the logs otherwise.
     */
    void awaitReady(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        Instant nextLogin = Instant.MIN;
        int refusedLogins = 0;
        String last = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Karaf exited with code " + process.exitValue() + " while starting\n" + logTail());
            }
            try {
                HttpResponse<String> health = send(HttpRequest.newBuilder(api("/health")).GET());
                last = "health: HTTP " + health.statusCode() + " " + abbreviate(health.body());
                if (health.statusCode() == 200 && mayHaveDemoTenants(health.body()) && !Instant.now().isBefore(nextLogin)) {
                    HttpResponse<String> login = send(HttpRequest.newBuilder(api("/auth/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"username\":\"" + DEMO_ADMIN + "\",\"password\":\"" + DEMO_ADMIN_PASSWORD + "\"}")));
                    last = "login: HTTP " + login.statusCode() + " " + abbreviate(login.body());
                    if (login.statusCode() == 200) {
                        String token = String.valueOf(json(login.body()).get("token"));
                        boolean seeded = demoTenantsActive(token);
                        send(HttpRequest.newBuilder(api("/auth/logout")).header("Authorization", "Bearer " + token)
                                .POST(HttpRequest.BodyPublishers.noBody()));
                        if (seeded) {
                            return;
                        }
                        last = "demo tenants " + DEMO_TENANTS + " not (yet) listed as ACTIVE";
                    } else if (login.statusCode() == 429 || ++refusedLogins >= 3) {
                        // Do not lock the demo admin out by guessing on.
                        throw new AssertionError("The demo agency admin cannot sign in (" + last
                                + "); is demo.seed honoured?\n" + logTail());
                    }
                    nextLogin = Instant.now().plusSeconds(5);
                }
            } catch (IOException e) {
                last = e.toString();
            }
            process.waitFor(1, TimeUnit.SECONDS); // pause between polls; returns early if Karaf dies
        }
        throw new AssertionError("The distribution was not ready within " + timeout.toSeconds() + " s (last: " + last
                + ")\n" + logTail());
    }

    /** Health answers {status, tenants}; when tenants is a count below the demo's, do not try to sign in yet. */
    private static boolean mayHaveDemoTenants(String body) {
        Object tenants = json(body).get("tenants");
        if (tenants instanceof Number) {
            return ((Number) tenants).intValue() >= DEMO_TENANTS.size();
        }
        if (tenants instanceof List) {
            return ((List<?>) tenants).size() >= DEMO_TENANTS.size();
        }
        return true;
    }

    private boolean demoTenantsActive(String token) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(api("/tenants?page=0&size=200"))
                .header("Authorization", "Bearer " + token).GET());
        if (answer.statusCode() != 200) {
            return false;
        }
        Object items = json(answer.body()).get("items");
        if (!(items instanceof List)) {
            return false;
        }
        Map<Object, Object> status = ((List<?>) items).stream()
                .filter(Map.class::isInstance).map(Map.class::cast)
                .collect(Collectors.toMap(t -> t.get("slug"), t -> String.valueOf(t.get("status")), (a, b) -> a));
        return DEMO_TENANTS.stream().allMatch(slug -> "ACTIVE".equals(status.get(slug)));
    }

    private URI api(String path) {
        return baseUri().resolve("/api/v1" + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<String, Object> json(String body) {
        try {
            Map<String, Object> map = new Json().toType(body, Json.MAP_TYPE);
            return map == null ? Map.of() : map;
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    private static String abbreviate(String text) {
        String oneLine = text == null ? "" : text.replaceAll("\\s+", " ");
        return oneLine.length() > 200 ? oneLine.substring(0, 200) + "…" : oneLine;
    }

    /** The last lines of the process output and of data/log/karaf.log, for failure messages. */
    String logTail() {
        return "---- " + consoleLog + " (tail) ----\n" + tail(consoleLog, 40)
                + "\n---- " + home.resolve("data/log/karaf.log") + " (tail) ----\n" + tail(home.resolve("data/log/karaf.log"), 80);
    }

    private static String tail(Path file, int lines) {
        try {
            if (!Files.exists(file)) {
                return "(missing)";
            }
            List<String> all = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    /** Stops Karaf with bin/stop, and the hard way if it is still running after a minute. */
    @Override
    public void close() throws Exception {
        if (process == null) {
            return;
        }
        try {
            if (process.isAlive()) {
                Process stop = new ProcessBuilder(home.resolve("bin/stop").toString())
                        .directory(home.toFile()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(consoleLog.toFile())).start();
                stop.waitFor(30, TimeUnit.SECONDS);
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    destroy();
                }
            }
        } finally {
            destroy();
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException alreadyShuttingDown) {
                    // the hook runs anyway
                }
            }
        }
    }

    private void destroy() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static Path path(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set; run through Maven");
        }
        return Paths.get(value);
    }
}
