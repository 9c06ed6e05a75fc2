package io.bpohub.contactimport;

import static io.bpohub.contactimport.Fixtures.count;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DncImportRequest;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.ImportReject;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.contacts.RejectReason;
import java.io.OutputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The B2 generator's messy files (fixed seed, 2,000 rows): the same list as UTF-8, as GBK and as an .xlsx
 * workbook gives the same outcome row for row, and the outcome is consistent with the file and the lists.
 */
public class GeneratedFilesTest {
    private static final String SUITE = "gen_";
    private static final int ROWS = 2000;
    @ClassRule
    public static TemporaryFolder folder = new TemporaryFolder();
    private static Path utf8;
    private static Path gbk;
    private static Connection c;
    private static ImportSummary csv;

    @BeforeClass
    public static void importUtf8() throws Exception {
        TenantDb.dropAll(SUITE);
        utf8 = Fixtures.generate(folder.getRoot().toPath().resolve("utf8"), ROWS, "utf-8");
        gbk = Fixtures.generate(folder.getRoot().toPath().resolve("gbk"), ROWS, "gbk");
        c = TenantDb.connect(TenantDb.create(SUITE + "tenant"));
        new DoNotCallRegistryImpl().importList(new DncImportRequest("generator", FileFormat.CSV, null, "CN",
                new ColumnMapping(true, List.of(ColumnMapping.Column.header("phone", ContactField.PHONE))), "test"),
                utf8.resolve("dnc.csv"), c);
        csv = run("utf8", utf8.resolve("contacts.csv"), FileFormat.CSV);
    }

    @AfterClass
    public static void cleanUp() throws Exception {
        if (c != null) c.close();
        TenantDb.dropAll(SUITE);
    }

    private static ImportSummary run(String campaign, Path file, FileFormat format) throws Exception {
        return new ContactImportEngine(250).run(Fixtures.request(campaign, file.getFileName().toString(), format, null, Fixtures.GENERATOR, false),
                file, c, DoNotCallList.NONE, null);
    }

    private static Map<Long, String> column(long importId, String column) throws Exception {
        Map<Long, String> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT source_row, " + column + " FROM contact WHERE import_id = ?")) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    @Test
    public void theOutcomeIsConsistentWithTheFileAndTheLists() throws Exception {
        assertEquals(ImportState.COMPLETED, csv.state());
        assertEquals(ROWS, csv.rowsRead());
        assertEquals("UTF-8", csv.charset());
        // the generator's mix: ~8 % unusable, ~5 % repeats in another format, ~3 % on the DNC list
        Map<RejectReason, Long> by = csv.rejectedByReason();
        long unusable = by.getOrDefault(RejectReason.INVALID_NUMBER, 0L) + by.getOrDefault(RejectReason.MISSING_FIELD, 0L);
        assertTrue(by.toString(), unusable > ROWS * 0.05 && unusable < ROWS * 0.11);
        assertTrue(by.toString(), by.get(RejectReason.DUPLICATE_IN_FILE) > ROWS * 0.02);
        assertTrue(by.toString(), by.get(RejectReason.DO_NOT_CALL) > ROWS * 0.01);
        assertEquals(BigDecimal.valueOf(csv.accepted()).divide(BigDecimal.valueOf(ROWS), 6, RoundingMode.HALF_UP), csv.qualificationRate());
        assertEquals(csv.accepted(), count(c, "SELECT COUNT(DISTINCT phone_e164) FROM contact WHERE import_id = ?", csv.importId()));
        assertEquals(0, count(c, "SELECT COUNT(*) FROM contact k JOIN dnc_number d ON d.e164 = k.phone_e164 WHERE k.import_id = ?", csv.importId()));
        assertEquals(0, count(c, "SELECT COUNT(*) FROM contact WHERE import_id = ? AND (phone_e164 NOT LIKE '+%' OR time_zone IS NULL)", csv.importId()));

        Map<Long, String> numberOfRow = column(csv.importId(), "phone_e164");
        List<ImportReject> rejects = new ContactImportEngine().rejects(c, csv.importId(), 0, ROWS);
        for (ImportReject r : rejects) if (r.phoneE164() != null) numberOfRow.putIfAbsent(r.row(), r.phoneE164());
        try (Reader in = Files.newBufferedReader(utf8.resolve("contacts.csv"), StandardCharsets.UTF_8)) {
            List<CSVRecord> records = CSVFormat.RFC4180.parse(in).getRecords();
            for (ImportReject r : rejects) {
                // the reject keeps every cell of its row as read
                assertEquals(records.get((int) r.row() - 1).toList(), r.values());
                if (r.reason() == RejectReason.DUPLICATE_IN_FILE) {
                    long first = Long.parseLong(r.detail().substring(r.detail().lastIndexOf(' ') + 1));
                    assertTrue(r.toString(), first < r.row());
                    assertEquals(r.toString(), r.phoneE164(), numberOfRow.get(first));
                } else if (r.reason() == RejectReason.DO_NOT_CALL) {
                    assertTrue(new DoNotCallRegistryImpl().isListed(c, r.phoneE164()));
                }
            }
            // names, emails and custom fields as in the file (the generator writes quotes, commas, line breaks)
            Map<Long, String> names = column(csv.importId(), "name");
            Map<Long, String> custom = column(csv.importId(), "custom_fields");
            for (Map.Entry<Long, String> e : names.entrySet()) {
                CSVRecord record = records.get((int) (e.getKey() - 1));
                assertEquals(record.get(1).strip(), e.getValue());
                String notes = record.get(6).strip();
                if (!notes.isEmpty()) assertTrue(custom.get(e.getKey()), custom.get(e.getKey()).contains(Json.strings(List.of(notes)).replace("[", "").replace("]", "")));
            }
        }
    }

    @Test
    public void theSameListInGbkIsDetectedAndGivesTheSameContactsAndNames() throws Exception {
        ImportSummary s = run("gbk", gbk.resolve("contacts.csv"), FileFormat.CSV);
        assertEquals("GB18030", s.charset());
        assertEquals(csv.rowsRead(), s.rowsRead());
        assertEquals(csv.rejectedByReason(), s.rejectedByReason());
        assertEquals(column(csv.importId(), "phone_e164"), column(s.importId(), "phone_e164"));
        Map<Long, String> utf8Names = column(csv.importId(), "name");
        Map<Long, String> gbkNames = column(s.importId(), "name");
        Charset gbkCharset = Charset.forName("GBK");
        int chinese = 0;
        for (Map.Entry<Long, String> e : utf8Names.entrySet()) {
            // the generator writes GBK with errors='replace': names outside GBK (Émilie, Jürgen) arrive as '?'
            if (!gbkCharset.newEncoder().canEncode(e.getValue())) continue;
            assertEquals("row " + e.getKey(), e.getValue(), gbkNames.get(e.getKey()));
            if (e.getValue().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) chinese++;
        }
        assertTrue(chinese + " Chinese names compared", chinese > ROWS / 2);
    }

    @Test
    public void theSameListAsAnXlsxWorkbookGivesTheSameOutcome() throws Exception {
        Path xlsx = folder.getRoot().toPath().resolve("contacts.xlsx");
        try (Reader in = Files.newBufferedReader(utf8.resolve("contacts.csv"), StandardCharsets.UTF_8);
             SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("contacts");
            int r = 0;
            for (CSVRecord record : CSVFormat.RFC4180.parse(in)) {
                Row row = sheet.createRow(r++);
                for (int i = 0; i < record.size(); i++) {
                    if (!record.get(i).isEmpty()) row.createCell(i).setCellValue(record.get(i));
                }
            }
            book.write(out);
            book.dispose();
        }
        ImportSummary s = run("xlsx", xlsx, FileFormat.XLSX);
        assertEquals(ImportState.COMPLETED, s.state());
        assertEquals(csv.rowsRead(), s.rowsRead());
        assertEquals(csv.rejectedByReason(), s.rejectedByReason());
        assertEquals(column(csv.importId(), "phone_e164"), column(s.importId(), "phone_e164"));
        assertEquals(column(csv.importId(), "name"), column(s.importId(), "name"));
        assertEquals(column(csv.importId(), "custom_fields"), column(s.importId(), "custom_fields"));
        assertEquals(Fixtures.rejects(c, csv.importId()), Fixtures.rejects(c, s.importId()));
    }

    @Test
    public void aSecondListIntoTheSameCampaignRejectsWhatIsAlreadyThere() throws Exception {
        ImportSummary again = run("utf8", gbk.resolve("contacts.csv"), FileFormat.CSV);
        assertEquals(0, again.accepted());
        assertEquals(csv.accepted(), (long) again.rejectedByReason().get(RejectReason.DUPLICATE_IN_CAMPAIGN));
        assertFalse(again.rejectedByReason().containsKey(RejectReason.DO_NOT_CALL) && csv.rejectedByReason().get(RejectReason.DO_NOT_CALL)
                < again.rejectedByReason().get(RejectReason.DO_NOT_CALL));
        assertNotNull(again.qualificationRate());
        assertEquals(0, again.qualificationRate().signum());
    }
}
