package io.bpohub.benchmarks.contactimport;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ColumnMapping.Column;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DncImportRequest;
import io.bpohub.api.contacts.DncImportResult;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.ImportRequest;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.contactimport.ContactImportEngine;
import io.bpohub.contactimport.DoNotCallRegistryImpl;
import io.bpohub.tenants.migrations.TenantSchema;
import io.bpohub.testing.TestDatabases;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.Flyway;

/**
 * B2 — contact import (../shared/BENCHMARKS.md). In one run against the test MariaDB:
 * <ol>
 * <li>a fresh database {@code bpob2_tenant} with the real tenant schema (the project's Flyway migrations);</li>
 * <li>the generator's {@code dnc.csv} added to the tenant's do-not-call list (timed apart, not part of the figure);</li>
 * <li><b>timed:</b> the project's import of {@code contacts.csv} with every validation on (charset detection, SHA-256,
 *     E.164 with region CN, time zones, in-file / campaign / do-not-call duplicates, rejects kept, a checkpoint
 *     per batch), through a connection opened as the platform opens tenant connections;</li>
 * <li>the accepted rows written out as they are in {@code contact} (pre-cleaned) to a tab-separated file;</li>
 * <li><b>timed:</b> {@code LOAD DATA LOCAL INFILE} of that file into {@code contact_load}, created
 *     {@code LIKE contact} (same columns, keys and checks).</li>
 * </ol>
 * The database is dropped before and after. Prints one JSON line. Rates are rows of each one's own input per second: the import reads every row of the
 * messy file; LOAD DATA reads the accepted rows.
 */
public final class B2 {
    private static final String DB = "bpob2_tenant";
    private static final String COLUMNS = "name, phone, created_by, campaign_key, phone_e164, alt_phone, alt_phone_e164, external_id, "
            + "email, address, city, region, time_zone, custom_fields, import_id, source_row";

    private B2() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int batchRows = args.length > 1 ? Integer.parseInt(args[1]) : ContactImportEngine.DEFAULT_BATCH_ROWS;
        TestDatabases.dropPrefixed("bpob2_");
        try (Connection admin = TestDatabases.connect("", TestDatabases.USER, TestDatabases.PASSWORD); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + DB + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        Flyway.configure(TenantSchema.classLoader()).dataSource(TestDatabases.URL + DB, TestDatabases.USER, TestDatabases.PASSWORD)
                .locations(TenantSchema.LOCATION).load().migrate();

        // the options the platform's tenant pools use (core: Pools)
        String tenantUrl = TestDatabases.URL + DB + "?connectTimeout=5000&useServerPrepStmts=false";
        try (Connection c = DriverManager.getConnection(tenantUrl, TestDatabases.USER, TestDatabases.PASSWORD)) {
            long d0 = System.nanoTime();
            DncImportResult dnc = new DoNotCallRegistryImpl().importList(new DncImportRequest("B2 generator", FileFormat.CSV, null, "CN",
                    new ColumnMapping(true, List.of(Column.header("phone", ContactField.PHONE))), "b2"), dir.resolve("dnc.csv"), c);
            double dncSeconds = (System.nanoTime() - d0) / 1e9;

            ColumnMapping mapping = new ColumnMapping(true, List.of(
                    Column.header("external_id", ContactField.EXTERNAL_ID), Column.header("name", ContactField.NAME),
                    Column.header("phone", ContactField.PHONE), Column.header("email", ContactField.EMAIL),
                    Column.header("city", ContactField.CITY), Column.custom("birth_year"), Column.custom("notes")));
            ImportRequest request = new ImportRequest("b2", "b2-campaign", "contacts.csv", FileFormat.CSV, ImportRequest.AUTO, "CN",
                    mapping, false, "b2");
            com.sun.management.OperatingSystemMXBean os =
                    (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ImportSummary summary = new ContactImportEngine(batchRows).run(request, dir.resolve("contacts.csv"), c, DoNotCallList.NONE, p -> { });
            double importSeconds = (System.nanoTime() - t0) / 1e9;
            double importCpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;

            Path tsv = dir.resolve("accepted.tsv");
            long written = dump(c, summary.importId(), tsv);
            if (written != summary.accepted()) throw new IllegalStateException("dumped " + written + " rows of " + summary.accepted() + " accepted");

            long loaded;
            double loadSeconds;
            try (Connection load = DriverManager.getConnection(TestDatabases.URL + DB + "?allowLocalInfile=true",
                    TestDatabases.USER, TestDatabases.PASSWORD); Statement st = load.createStatement()) {
                st.execute("CREATE TABLE contact_load LIKE contact");
                long l0 = System.nanoTime();
                loaded = st.executeUpdate("LOAD DATA LOCAL INFILE '" + tsv.toAbsolutePath() + "' INTO TABLE contact_load "
                        + "CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' (" + COLUMNS + ")");
                loadSeconds = (System.nanoTime() - l0) / 1e9;
                try (ResultSet w = st.executeQuery("SHOW COUNT(*) WARNINGS")) {
                    w.next();
                    if (w.getLong(1) != 0) throw new IllegalStateException("LOAD DATA gave " + w.getLong(1) + " warnings");
                }
            }
            if (loaded != summary.accepted()) throw new IllegalStateException("LOAD DATA loaded " + loaded + " of " + summary.accepted());
            same(c);

            double project = summary.rowsRead() / importSeconds;
            double loadData = loaded / loadSeconds;
            System.out.println(String.format(Locale.ROOT,
                    "{\"rows\": %d, \"project_rows_per_s\": %.0f, \"load_data_rows_per_s\": %.0f, \"ratio\": %.3f, "
                            + "\"accepted\": %d, \"rejected\": %d, \"rejected_by_reason\": %s, \"qualification_rate\": \"%s\", "
                            + "\"charset\": \"%s\", \"import_s\": %.2f, \"load_data_s\": %.2f, \"project_accepted_rows_per_s\": %.0f, "
                            + "\"import_client_cpu_s\": %.2f, \"batch_rows\": %d, \"dnc_rows\": %d, \"dnc_import_s\": %.2f}",
                    summary.rowsRead(), project, loadData, project / loadData, summary.accepted(), summary.rejected(),
                    json(summary), summary.qualificationRate().toPlainString(), summary.charset(), importSeconds, loadSeconds,
                    summary.accepted() / importSeconds, importCpuSeconds, batchRows, dnc.rowsRead(), dncSeconds));
        } finally {
            TestDatabases.dropPrefixed("bpob2_");  // two million-row tables are not worth keeping
        }
    }

    private static String json(ImportSummary summary) {
        StringBuilder out = new StringBuilder("{");
        summary.rejectedByReason().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                out.append(out.length() > 1 ? ", " : "").append('"').append(e.getKey()).append("\": ").append(e.getValue()));
        return out.append('}').toString();
    }

    /** The accepted rows as the import stored them, in LOAD DATA's default text format (\N for NULL). */
    private static long dump(Connection c, long importId, Path tsv) throws Exception {
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM contact WHERE import_id = ? ORDER BY id")) {
            ps.setLong(1, importId);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery(); BufferedWriter out = Files.newBufferedWriter(tsv, StandardCharsets.UTF_8)) {
                int columns = rs.getMetaData().getColumnCount();
                StringBuilder line = new StringBuilder(512);
                while (rs.next()) {
                    line.setLength(0);
                    for (int i = 1; i <= columns; i++) {
                        if (i > 1) line.append('\t');
                        String v = rs.getString(i);
                        if (v == null) {
                            line.append("\\N");
                            continue;
                        }
                        for (int k = 0; k < v.length(); k++) {
                            char ch = v.charAt(k);
                            switch (ch) {
                                case '\\': line.append("\\\\"); break;
                                case '\t': line.append("\\t"); break;
                                case '\n': line.append("\\n"); break;
                                case '\r': line.append("\\r"); break;
                                default: line.append(ch);
                            }
                        }
                    }
                    out.append(line).append('\n');
                    n++;
                }
            }
        }
        return n;
    }

    /** Both tables hold the same rows: the comparison loaded what the import wrote. */
    private static void same(Connection c) throws SQLException {
        String digest = "SELECT COUNT(*), SUM(CRC32(CONCAT_WS('|', " + COLUMNS + "))) FROM ";
        try (Statement st = c.createStatement(); ResultSet a = st.executeQuery(digest + "contact")) {
            a.next();
            String left = a.getString(1) + "/" + a.getString(2);
            try (ResultSet b = st.executeQuery(digest + "contact_load")) {
                b.next();
                String right = b.getString(1) + "/" + b.getString(2);
                if (!left.equals(right)) throw new IllegalStateException("contact and contact_load differ: " + left + " vs " + right);
            }
        }
    }
}
