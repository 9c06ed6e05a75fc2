package io.bpohub.benchmarks.billing;

import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.billing.RatingEngine;
import io.bpohub.core.Platform;
import io.bpohub.core.PlatformSettings;
import io.bpohub.core.Plugins;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.testing.TestDatabases;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * B3, modes "persisted" and "rerate" (see ../shared/BENCHMARKS.md): the rating job of the platform,
 * end to end against the test MariaDB. A Platform with the prefix {@code bpob3_} onboards 100 tenants,
 * saves the 5 plan shapes of {@link B3Data} (one plan per shape, id = shape name) and assigns them
 * round-robin (tenant t gets shape t % 5, the shape B3Data gives it); the fixed-seed CDR stream of
 * B3Data (March 2026) is loaded into each tenant's {@code cdr} table with LOAD DATA LOCAL INFILE (not
 * measured). Then {@code billing().rate(operator, tenant, 2026-03)} runs over all tenants twice: the first
 * pass (persisted) inserts one charge per CDR, the second (rerate) must write nothing and give the same
 * total. Prints one JSON line per mode on stdout; progress goes to stderr.
 *
 * <p>The CDRs' start times are B3Data's UTC wall times read in the zone of the tenant's plan, so that
 * every CDR falls in the plan's March (the period is cut at midnight in the plan's zone).
 *
 * <pre>java -cp target/benchmarks.jar io.bpohub.benchmarks.billing.B3Persisted [cdrs] [threads]</pre>
 */
public final class B3Persisted {
    static final String PREFIX = "bpob3_";
    static final YearMonth PERIOD = YearMonth.of(2026, 3);
    private static final long SEED = B3Total.SEED + 3;
    private static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private B3Persisted() {
    }

    static String slug(int tenant) {
        return String.format(Locale.ROOT, "t%03d", tenant);
    }

    public static void main(String[] args) throws Exception {
        long cdrs = args.length > 0 ? Long.parseLong(args[0].replace("_", "").replace(",", "")) : 10_000_000L;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        int exit;
        TestDatabases.dropPrefixed(PREFIX);
        Path work = Files.createTempDirectory("bpob3-");
        RatingEngine engine = new RatingEngine();
        PlatformSettings settings = new PlatformSettings(TestDatabases.URL, TestDatabases.USER, TestDatabases.PASSWORD, PREFIX,
                "b3-benchmark-secret-0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8), 100_000, work,
                ZoneId.of("Europe/London"), "B3 agency", List.of(), "GB");
        try (Platform platform = new Platform(settings, Plugins.none().withRating(() -> engine))) {
            Caller operator = platform.auth().operator("bench");
            B3Data data = new B3Data(B3Total.SEED);
            RatePlan[] shapes = setUp(platform, operator, data);
            long loaded = load(data, shapes, cdrs, work);
            if (loaded != cdrs) throw new IllegalStateException("loaded " + loaded + " CDRs, expected " + cdrs);

            Pass persisted = pass(platform, operator, threads, "persisted");
            Pass rerate = pass(platform, operator, threads, "rerate");
            List<String> problems = new ArrayList<>();
            // every tenant's month is a record too (its platform fee, here a zero NOT_CHARGED charge)
            long records = cdrs + B3Data.TENANTS;
            if (persisted.records != records) problems.add("persisted pass read " + persisted.records + " records, expected " + records);
            if (persisted.inserted + persisted.failures != records) {
                problems.add("persisted pass inserted " + persisted.inserted + " charges for " + records + " records (" + persisted.failures + " failures)");
            }
            if (rerate.inserted != 0 || rerate.updated != 0) {
                problems.add("re-rating wrote rows: " + rerate.inserted + " new, " + rerate.updated + " updated");
            }
            if (!rerate.totals.equals(persisted.totals)) problems.add("totals differ: persisted " + persisted.totals + ", rerate " + rerate.totals);
            System.out.println(persisted.json(cdrs, threads));
            System.out.println(rerate.json(cdrs, threads));
            problems.forEach(p -> System.err.println("B3 persisted: FAILED: " + p));
            exit = problems.isEmpty() ? 0 : 1;
        } finally {
            TestDatabases.dropPrefixed(PREFIX);
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(exit);
    }

    /** 100 tenants, one plan per shape (B3Data's plan of tenant 0..4, renamed to the shape), assigned round-robin. */
    private static RatePlan[] setUp(Platform platform, Caller operator, B3Data data) {
        long started = System.nanoTime();
        RatePlan[] shapes = new RatePlan[B3Data.SHAPES.length];
        for (int s = 0; s < shapes.length; s++) {
            RatePlan p = data.plans[s];
            shapes[s] = new RatePlan(B3Data.SHAPES[s], p.currency(), p.scale(), p.rounding(), p.zone(), p.agencyOnly(), p.versions());
            platform.billing().savePlan(operator, shapes[s]);
        }
        for (int t = 0; t < B3Data.TENANTS; t++) {
            String slug = slug(t);
            platform.tenants().create(operator, new NewTenant(slug, "B3 tenant " + t, "Europe/Berlin", "en-GB", "EUR", OperatingMode.HYBRID));
            platform.billing().assignPlan(operator, slug, B3Data.SHAPES[t % shapes.length]);
        }
        System.err.printf(Locale.ROOT, "B3: %d tenants onboarded, %d plans assigned in %.1f s%n", B3Data.TENANTS, shapes.length,
                (System.nanoTime() - started) / 1e9);
        return shapes;
    }

    /**
     * Writes B3Data's CDR stream to one tab-separated file per tenant, then LOAD DATA LOCAL INFILE into
     * each tenant's database as root. Start times are written as the JDBC driver sends a Timestamp (in
     * the JVM's zone, read by the server in the session's zone), so the core reads back the same instant.
     */
    private static long load(B3Data data, RatePlan[] shapes, long cdrs, Path work) throws IOException, SQLException {
        long started = System.nanoTime();
        BufferedWriter[] out = new BufferedWriter[B3Data.TENANTS];
        Path[] files = new Path[B3Data.TENANTS];
        for (int t = 0; t < out.length; t++) {
            files[t] = work.resolve(slug(t) + ".tsv");
            out[t] = Files.newBufferedWriter(files[t], StandardCharsets.UTF_8);
        }
        ZoneId jvm = ZoneId.systemDefault();
        Random random = new Random(SEED);
        StringBuilder line = new StringBuilder(96);
        for (long i = 0; i < cdrs; i++) {
            UsageRecord cdr = data.nextCdr(random, i);
            int t = Integer.parseInt(cdr.tenant(), 7, cdr.tenant().length(), 10);
            // B3Data's wall time (UTC) read in the plan's zone: every CDR lies in the plan's own March
            Instant start = LocalDateTime.ofEpochSecond(cdr.start().getEpochSecond(), 0, ZoneOffset.UTC)
                    .atZone(shapes[t % shapes.length].zone()).toInstant();
            line.setLength(0);
            line.append(SQL_TIME.format(LocalDateTime.ofInstant(start, jvm))).append('\t').append(cdr.seconds()).append('\t')
                    .append(cdr.destination()).append('\t').append(cdr.handler().name()).append('\t').append(cdr.trunk()).append('\n');
            out[t].append(line);
            if ((i + 1) % 1_000_000 == 0) System.err.printf(Locale.ROOT, "B3: generated %,d CDRs (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
        }
        for (BufferedWriter w : out) w.close();
        long loaded = 0;
        long nextReport = 1_000_000;
        for (int t = 0; t < B3Data.TENANTS; t++) {
            String database = PREFIX + "t_" + slug(t);
            try (Connection c = DriverManager.getConnection(TestDatabases.URL + database + "?allowLocalInfile=true",
                    TestDatabases.USER, TestDatabases.PASSWORD);
                 Statement st = c.createStatement()) {
                loaded += st.executeUpdate("LOAD DATA LOCAL INFILE '" + files[t].toAbsolutePath() + "' INTO TABLE cdr "
                        + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' LINES TERMINATED BY '\\n' "
                        + "(started_at, talk_seconds, destination, handler, trunk)");
                try (ResultSet warnings = st.executeQuery("SHOW COUNT(*) WARNINGS")) {
                    warnings.next();
                    if (warnings.getLong(1) > 0) throw new IllegalStateException(warnings.getLong(1) + " warnings loading " + database);
                }
            }
            Files.delete(files[t]);
            if (loaded >= nextReport) {
                System.err.printf(Locale.ROOT, "B3: loaded %,d CDRs into %d tenants (%.0f s)%n", loaded, t + 1, (System.nanoTime() - started) / 1e9);
                while (nextReport <= loaded) nextReport += 1_000_000;
            }
        }
        System.err.printf(Locale.ROOT, "B3: %,d CDRs generated and loaded in %.1f s (not measured)%n", loaded, (System.nanoTime() - started) / 1e9);
        return loaded;
    }

    /** One rating pass over all tenants; tenants are taken in order by {@code threads} workers. */
    private static Pass pass(Platform platform, Caller operator, int threads, String mode) throws Exception {
        RatingReport[] reports = new RatingReport[B3Data.TENANTS];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int w = 0; w < threads; w++) {
                workers.add(pool.submit(() -> {
                    for (int t; (t = next.getAndIncrement()) < reports.length; ) {
                        reports[t] = platform.billing().rate(operator, slug(t), PERIOD);
                    }
                    return null;
                }));
            }
            for (Future<?> f : workers) f.get();
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Pass pass = new Pass(mode, seconds);
        for (RatingReport r : reports) {
            pass.records += r.records();
            pass.inserted += r.inserted();
            pass.updated += r.updated();
            pass.failures += r.records() - r.inserted() - r.updated() - r.unchanged();
            pass.totals.merge(r.currency(), r.total(), BigDecimal::add);
            if (!r.failures().isEmpty() && pass.firstFailure == null) pass.firstFailure = r.tenant() + ": " + r.failures().get(0);
        }
        System.err.printf(Locale.ROOT, "B3: %s: %,d records in %.1f s = %,.0f CDRs/s; %d new, %d updated, %d failures%s; totals %s%n",
                mode, pass.records, seconds, pass.records / seconds, pass.inserted, pass.updated, pass.failures,
                pass.firstFailure == null ? "" : " (first: " + pass.firstFailure + ")", pass.totals);
        return pass;
    }

    private static final class Pass {
        final String mode;
        final double seconds;
        final Map<String, BigDecimal> totals = new TreeMap<>();
        long records;
        long inserted;
        long updated;
        long failures;
        String firstFailure;

        Pass(String mode, double seconds) {
            this.mode = mode;
            this.seconds = seconds;
        }

        String json(long cdrs, int threads) {
            StringBuilder byCurrency = new StringBuilder();
            totals.forEach((currency, total) -> byCurrency.append(byCurrency.length() == 0 ? "" : ", ")
                    .append('"').append(currency).append("\": \"").append(total.toPlainString()).append('"'));
            String total = totals.isEmpty() ? "0" : totals.values().iterator().next().toPlainString();
            return String.format(Locale.ROOT, "{\"cdrs\": %d, \"mode\": \"%s\", \"cdrs_per_s\": %d, \"seconds\": %.1f, \"records\": %d, "
                            + "\"new_rows\": %d, \"updated\": %d, \"failures\": %d, \"total\": \"%s\", \"totals\": {%s}, \"threads\": %d}",
                    cdrs, mode, Math.round(records / seconds), seconds, records, inserted, updated, failures, total, byCurrency, threads);
        }
    }
}
