package io.bpohub.contactimport;

import static io.bpohub.contactimport.Fixtures.count;
import static io.bpohub.contactimport.Fixtures.request;
import static io.bpohub.contactimport.Fixtures.strings;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ColumnMapping.Column;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.FilePreview;
import io.bpohub.api.contacts.ImportException;
import io.bpohub.api.contacts.ImportProgress;
import io.bpohub.api.contacts.ImportReject;
import io.bpohub.api.contacts.ImportRequest;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.contacts.RejectReason;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.After;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.junit.rules.TestName;

/**
 * Data qualification, formats and malformed files against a real tenant database (all tenant migrations).
 * Every test gets its own database.
 */
public class ContactImportDatabaseTest {
    private static final String SUITE = "db_";
    /** Rows 2..15 of the spreadsheet; row 11 holds a line break, so it spans lines 11-12 of the file. */
    private static final String LIST = "external_id,name,phone,email,city,notes\n"
            + "A1,王伟,13800138000,wang@example.invalid,北京,first\n"
            + "A2,\"Li, Wei\",+86 139 0013 9000,,上海,\"said \"\"call me later\"\"\"\n"
            + "A3,张敏,138-0013-8000,,北京,same number as A1\n"
            + "A4,Short,1381234,,,\n"
            + "A5,Blank,   ,,,\n"
            + "A6,Letters,138-ABCD-1234,,,\n"
            + "A7,Tenant DNC,+86 137 0000 1111,,,\n"
            + "A8,Agency DNC,13600002222,,,\n"
            + "A9,Existing,+8615000003333,,,\n"
            + "A10,New Yorker,+1 (212) 345-6789,,New York,\"line one\nline two\"\n"
            + "A11,Landline,(010) 6552-9988,,,\n"
            + "A12,Brit,+44 7911 123456,,London,\n"
            + "A13,Same New Yorker,001 212 345 6789,,,\n"
            + "A14,Far away,+8618600001234,,New York,\n";
    private static final ColumnMapping MAPPING = new ColumnMapping(true, List.of(
            Column.header("external_id", ContactField.EXTERNAL_ID), Column.header("NAME", ContactField.NAME),
            Column.header("phone", ContactField.PHONE), Column.header("email", ContactField.EMAIL),
            Column.header("city", ContactField.CITY), Column.custom("notes")));
    private static final ColumnMapping MAPPING_NAME_PHONE = new ColumnMapping(true, List.of(
            Column.header("name", ContactField.NAME), Column.header("phone", ContactField.PHONE)));
    private static final DoNotCallList AGENCY = e164 -> e164.equals("+8613600002222");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    @Rule
    public TestName name = new TestName();
    private Connection c;
    private final DoNotCallRegistryImpl dnc = new DoNotCallRegistryImpl();

    @BeforeClass
    public static void clean() throws Exception {
        TenantDb.dropAll(SUITE);
    }

    @AfterClass
    public static void cleanUp() throws Exception {
        TenantDb.dropAll(SUITE);
    }

    @Before
    public void database() throws Exception {
        String suffix = name.getMethodName().replaceAll("[^A-Za-z]", "").toLowerCase();
        c = TenantDb.connect(TenantDb.create(SUITE + suffix.substring(0, Math.min(40, suffix.length()))));
        dnc.add(c, "137 0000 1111", "CN", "test", "test");
        try (Statement s = c.createStatement()) {
            // one contact already in the campaign, and one in another campaign with a number of the file
            s.execute("INSERT INTO contact (name, phone, created_by, campaign_key, phone_e164) VALUES "
                    + "('Old', '15000003333', 'seed', 'spring', '+8615000003333'), ('Other', '13900139000', 'seed', 'autumn', '+8613900139000')");
        }
    }

    @After
    public void close() throws Exception {
        c.close();
    }

    private ImportSummary importList(int batchRows, List<ImportProgress> progress) throws Exception {
        Path file = Fixtures.write(folder.getRoot().toPath(), "list.csv", LIST, StandardCharsets.UTF_8);
        return new ContactImportEngine(batchRows).run(request("spring", "list.csv", FileFormat.CSV, null, MAPPING, true), file, c, AGENCY,
                progress::add);
    }

    private Map<String, Object> contact(String e164) throws Exception {
        try (PreparedStatement ps = c.prepareStatement("SELECT name, phone, email, city, external_id, region, time_zone, custom_fields, "
                + "source_row, created_by FROM contact WHERE campaign_key = 'spring' AND phone_e164 = ?")) {
            ps.setString(1, e164);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue("no contact " + e164, rs.next());
                Map<String, Object> row = new java.util.HashMap<>();
                for (int i = 1; i <= 10; i++) row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                return row;
            }
        }
    }

    @Test
    public void everyRowIsAcceptedOrRejectedWithItsRowAndReason() throws Exception {
        List<ImportProgress> progress = new ArrayList<>();
        ImportSummary s = importList(3, progress);

        assertEquals(ImportState.COMPLETED, s.state());
        assertEquals(14, s.rowsRead());
        assertEquals(6, s.accepted());
        assertEquals(8, s.rejected());
        assertEquals(Map.of(RejectReason.DUPLICATE_IN_FILE, 2L, RejectReason.INVALID_NUMBER, 2L, RejectReason.MISSING_FIELD, 1L,
                RejectReason.DO_NOT_CALL, 2L, RejectReason.DUPLICATE_IN_CAMPAIGN, 1L), s.rejectedByReason());
        // 6 / 14 = 0.4285714..., six places, half up
        assertEquals(new BigDecimal("0.428571"), s.qualificationRate());
        assertEquals("UTF-8", s.charset());
        assertEquals(List.of("external_id", "name", "phone", "email", "city", "notes"), s.sourceHeaders());
        assertEquals(64, s.fileSha256().length());

        List<ImportReject> rejects = new ContactImportEngine().rejects(c, s.importId(), 0, 100);
        List<String> seen = new ArrayList<>();
        for (ImportReject r : rejects) seen.add(r.row() + " " + r.reason() + " " + r.detail());
        assertEquals(List.of(
                "4 DUPLICATE_IN_FILE same number +8613800138000 as row 2",
                "5 INVALID_NUMBER '1381234': not a valid number in CN",
                "6 MISSING_FIELD no phone number",
                "7 INVALID_NUMBER '138-ABCD-1234': contains letters",
                "8 DO_NOT_CALL +8613700001111 is on the tenant's do-not-call list",
                "9 DO_NOT_CALL +8613600002222 is on the agency's do-not-call list",
                "10 DUPLICATE_IN_CAMPAIGN +8615000003333 is already in campaign spring",
                "14 DUPLICATE_IN_FILE same number +12123456789 as row 11"), seen);
        assertEquals(List.of("A5", "Blank", "   ", "", "", ""), rejects.get(2).values());
        assertEquals("+8613600002222", rejects.get(5).phoneE164());
        // paging continues after the last row seen
        assertEquals(List.of(10L, 14L), new ContactImportEngine().rejects(c, s.importId(), 9, 100).stream().map(ImportReject::row).toList());

        Map<String, Object> wang = contact("+8613800138000");
        assertEquals("王伟", wang.get("name"));
        assertEquals("13800138000", wang.get("phone"));
        assertEquals("wang@example.invalid", wang.get("email"));
        assertEquals("北京", wang.get("city"));
        assertEquals("A1", wang.get("external_id"));
        assertEquals("CN", wang.get("region"));
        assertEquals("Asia/Shanghai", wang.get("time_zone"));
        assertEquals("{\"notes\":\"first\"}", wang.get("custom_fields"));
        assertEquals(2L, ((Number) wang.get("source_row")).longValue());
        assertEquals("acme.admin", wang.get("created_by"));
        assertEquals("Li, Wei", contact("+8613900139000").get("name"));
        assertEquals("{\"notes\":\"said \\\"call me later\\\"\"}", contact("+8613900139000").get("custom_fields"));
        Map<String, Object> newYorker = contact("+12123456789");
        assertEquals("US", newYorker.get("region"));
        assertEquals("America/New_York", newYorker.get("time_zone"));
        assertEquals("{\"notes\":\"line one\\nline two\"}", newYorker.get("custom_fields"));
        assertEquals("Asia/Shanghai", contact("+861065529988").get("time_zone"));
        assertEquals("Europe/London", contact("+447911123456").get("time_zone"));
        // number in China, address in New York: both zones, calling hours use the window valid in both
        assertEquals("America/New_York,Asia/Shanghai", contact("+8618600001234").get("time_zone"));
        assertEquals(2, count(c, "SELECT COUNT(*) FROM contact WHERE campaign_key = 'autumn' OR name = 'Old'"));

        // progress: after every committed batch of 3 rows, growing to the total
        assertEquals(5, progress.size());
        assertEquals(3, progress.get(0).rowsRead());
        ImportProgress last = progress.get(progress.size() - 1);
        assertEquals(14, last.rowsRead());
        assertEquals(6, last.accepted());
        assertEquals(Files.size(folder.getRoot().toPath().resolve("list.csv")), last.bytesTotal());

        assertEquals(s, new ContactImportEngine().summary(c, s.importId()).orElseThrow());
        assertEquals(List.of(s), new ContactImportEngine().imports(c, "spring", ImportState.COMPLETED, 10));
        assertTrue(new ContactImportEngine().imports(c, "spring", ImportState.RUNNING, 10).isEmpty());
    }

    @Test
    public void portableMultiRowInsertsWriteWhatTheBulkProtocolWrites() throws Exception {
        ImportSummary bulk = importList(4, new ArrayList<>());
        Path file = folder.getRoot().toPath().resolve("list.csv");
        ContactImportEngine portable = new ContactImportEngine(4);
        portable.bulkInserts = false;
        ImportSummary multiRow = portable.run(request("autumn", "list.csv", FileFormat.CSV, null, MAPPING, true), file, c, AGENCY, null);
        assertEquals(bulk.rejectedByReason(), multiRow.rejectedByReason());
        // rows 3 and 10 differ by campaign (autumn holds row 3's number, spring row 10's); every other row is written alike
        String contacts = "SELECT CONCAT_WS('|', name, phone, created_by, phone_e164, alt_phone, alt_phone_e164, external_id, email, "
                + "address, city, region, time_zone, custom_fields, source_row) FROM contact WHERE import_id = ? AND source_row NOT IN (3, 10) "
                + "ORDER BY source_row";
        assertEquals(strings(c, contacts, bulk.importId()), strings(c, contacts, multiRow.importId()));
        assertEquals(4, strings(c, contacts, bulk.importId()).size() - 1);
        String rejects = "SELECT CONCAT_WS('|', row_no, reason, detail, phone_e164, raw_values) FROM contact_import_reject "
                + "WHERE import_id = ? AND row_no NOT IN (3, 10) ORDER BY row_no";
        assertEquals(strings(c, rejects, bulk.importId()), strings(c, rejects, multiRow.importId()));
        assertEquals(7, strings(c, rejects, bulk.importId()).size());
    }

    @Test
    public void theSameFileAgainAddsNothingNew() throws Exception {
        ImportSummary first = importList(1000, new ArrayList<>());
        ImportSummary again = importList(1000, new ArrayList<>());
        assertEquals(0, again.accepted());
        assertEquals(first.accepted() + first.rejectedByReason().get(RejectReason.DUPLICATE_IN_CAMPAIGN), (long) again.rejectedByReason().get(RejectReason.DUPLICATE_IN_CAMPAIGN));
        assertEquals(first.accepted() + 1, count(c, "SELECT COUNT(*) FROM contact WHERE campaign_key = 'spring'"));
    }

    @Test
    public void aGbkFileIsDetectedAndItsNamesKept() throws Exception {
        Charset gbk = Charset.forName("GBK");
        String text = "编号,姓名,电话,城市\nB1,欧阳娜娜,13800138000,广州\nB2,司马懿,+86 139 1234 5678,深圳市\nB3,\"诸葛, 亮\",0755-88881234,深圳\n";
        Path file = Fixtures.write(folder.getRoot().toPath(), "gbk.csv", text, gbk);
        ColumnMapping mapping = new ColumnMapping(true, List.of(Column.header("姓名", ContactField.NAME),
                Column.header("电话", ContactField.PHONE), Column.header("城市", ContactField.CITY), Column.custom("编号")));
        ImportSummary s = new ContactImportEngine().run(request("spring", "gbk.csv", FileFormat.CSV, ImportRequest.AUTO, mapping, true),
                file, c, DoNotCallList.NONE, null);
        assertEquals("GB18030", s.charset());
        assertEquals(3, s.accepted());
        assertEquals(List.of("司马懿", "欧阳娜娜", "诸葛, 亮"), strings(c, "SELECT name FROM contact WHERE import_id = ? ORDER BY name", s.importId()));
        assertEquals("{\"编号\":\"B2\"}", contact("+8613912345678").get("custom_fields"));
        assertEquals("深圳市", contact("+8675588881234").get("city") == null ? null : contact("+8613912345678").get("city"));
        assertEquals(List.of("编号", "姓名", "电话", "城市"), s.sourceHeaders());
    }

    @Test
    public void anXlsxWorkbookIsReadStreamingWithNumbersInFull() throws Exception {
        Path file = folder.getRoot().toPath().resolve("list.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("contacts");
            XSSFRow header = sheet.createRow(0);
            String[] names = {"Name", "Phone", "Email", "City", "Notes"};
            for (int i = 0; i < names.length; i++) header.createCell(i).setCellValue(names[i]);
            XSSFRow r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue("王伟");
            r1.createCell(1).setCellValue(13800138000d);           // typed as a number: must not become 1.38E+10
            r1.createCell(3).setCellValue("北京");                   // no email cell at all
            XSSFRow r2 = sheet.createRow(2);
            r2.createCell(0).setCellValue("Li Wei");
            r2.createCell(1).setCellValue(8613900139000d);         // 13 digits, with the country code
            r2.createCell(2).setCellValue("li@example.invalid");
            r2.createCell(4).setCellValue("=not a formula");
            XSSFRow r4 = sheet.createRow(4);                        // row 4 (index 3) is left out: an empty row
            r4.createCell(0).setCellValue("No number");
            XSSFRow r5 = sheet.createRow(5);
            r5.createCell(0).setCellValue("Dupe");
            r5.createCell(1).setCellValue("138 0013 8000");
            book.write(out);
        }
        ColumnMapping mapping = new ColumnMapping(true, List.of(Column.header("name", ContactField.NAME),
                Column.header("phone", ContactField.PHONE), Column.header("email", ContactField.EMAIL),
                Column.header("city", ContactField.CITY), Column.custom("Notes")));
        ImportSummary s = new ContactImportEngine().run(request("spring", "list.xlsx", FileFormat.XLSX, null, mapping, true), file, c,
                DoNotCallList.NONE, null);
        assertEquals(ImportState.COMPLETED, s.state());
        assertNull(s.charset());
        assertEquals(4, s.rowsRead());
        assertEquals(2, s.accepted());
        assertEquals(Map.of(RejectReason.MISSING_FIELD, 1L, RejectReason.DUPLICATE_IN_FILE, 1L), s.rejectedByReason());
        assertEquals("王伟", contact("+8613800138000").get("name"));
        assertEquals("13800138000", contact("+8613800138000").get("phone"));
        assertNull(contact("+8613800138000").get("email"));
        assertEquals("li@example.invalid", contact("+8613900139000").get("email"));
        assertEquals("{\"Notes\":\"=not a formula\"}", contact("+8613900139000").get("custom_fields"));
        List<ImportReject> rejects = new ContactImportEngine().rejects(c, s.importId(), 0, 10);
        assertEquals(5, rejects.get(0).row());
        assertEquals(6, rejects.get(1).row());
        assertEquals("same number +8613800138000 as row 2", rejects.get(1).detail());

        FilePreview preview = new ContactImportEngine().preview(file, FileFormat.XLSX, null, 2);
        assertEquals(List.of(List.of("Name", "Phone", "Email", "City", "Notes"), List.of("王伟", "13800138000", "", "北京")), preview.rows());
    }

    private ImportException failing(String text, Charset encoding, String charset, boolean strict, int batchRows) throws Exception {
        Path file = Fixtures.write(folder.getRoot().toPath(), "bad.csv", text, encoding);
        ColumnMapping mapping = new ColumnMapping(true, List.of(Column.header("name", ContactField.NAME),
                Column.header("phone", ContactField.PHONE), Column.custom("notes")));
        ImportException e = assertThrows(ImportException.class, () -> new ContactImportEngine(batchRows)
                .run(request("spring", "bad.csv", FileFormat.CSV, charset, mapping, strict), file, c, DoNotCallList.NONE, null));
        assertFalse(e.resumable());
        ImportSummary s = new ContactImportEngine().summary(c, e.importId()).orElseThrow();
        assertEquals(ImportState.FAILED, s.state());
        assertEquals(e.getMessage(), s.error());
        assertEquals(0, s.rowsRead());
        // nothing of the file was applied, although earlier batches had committed before the fault was read
        assertEquals(0, count(c, "SELECT COUNT(*) FROM contact WHERE import_id = ?", e.importId()));
        assertEquals(0, count(c, "SELECT COUNT(*) FROM contact_import_reject WHERE import_id = ?", e.importId()));
        assertEquals(2, count(c, "SELECT COUNT(*) FROM contact"));
        return e;
    }

    private static String goodRows(int n) {
        StringBuilder rows = new StringBuilder("name,phone,notes\n");
        for (int i = 0; i < n; i++) rows.append("P").append(i).append(",1380000").append(String.format("%04d", i)).append(",ok\n");
        return rows.toString();
    }

    @Test
    public void anUnterminatedQuoteFailsTheFileNamingLineAndFieldAndAppliesNothing() throws Exception {
        // 10 good rows (lines 2-11) in batches of 2, then a quoted name that never closes on line 12
        ImportException e = failing(goodRows(10) + "\"Zhang,13912345678,x\nWang,13912345679,y\n", StandardCharsets.UTF_8, null, true, 2);
        assertEquals(12, e.line());
        assertEquals("name", e.field());
        assertEquals("line 12, field 'name' (column 1): a quoted field is never closed (the file ends inside it)", e.getMessage());
    }

    @Test
    public void textAfterAClosingQuoteFailsTheFile() throws Exception {
        ImportException e = failing(goodRows(3) + "Li,13912345678,\"call\" later\n", StandardCharsets.UTF_8, null, true, 2);
        assertEquals(5, e.line());
        assertEquals("notes", e.field());
        assertTrue(e.getMessage(), e.getMessage().startsWith("line 5, field 'notes' (column 3): text after the closing quote"));
    }

    @Test
    public void aRowOfTheWrongWidthFailsAStrictImportAndIsRejectedOtherwise() throws Exception {
        String text = goodRows(3) + "Li,13912345678\n";
        ImportException e = failing(text, StandardCharsets.UTF_8, null, true, 2);
        assertEquals("line 5, field 'notes' (column 3): 2 fields where the header row has 3", e.getMessage());

        Path file = Fixtures.write(folder.getRoot().toPath(), "lenient.csv", text, StandardCharsets.UTF_8);
        ColumnMapping mapping = new ColumnMapping(true, List.of(Column.header("phone", ContactField.PHONE)));
        ImportSummary s = new ContactImportEngine().run(request("spring", "lenient.csv", FileFormat.CSV, null, mapping, false), file, c,
                DoNotCallList.NONE, null);
        assertEquals(3, s.accepted());
        assertEquals(Map.of(RejectReason.MALFORMED_ROW, 1L), s.rejectedByReason());
    }

    @Test
    public void bytesThatAreNotTextInTheGivenCharsetFailTheFile() throws Exception {
        String text = goodRows(3) + "王伟,13912345678,x\n";
        // written in GBK but declared UTF-8: the Chinese name is not UTF-8
        ImportException e = failing(text, Charset.forName("GBK"), "UTF-8", true, 2);
        assertEquals("line 5, field 'name' (column 1): bytes that are not UTF-8 text", e.getMessage());
    }

    @Test
    public void aMappedColumnMissingFromTheHeaderFailsBeforeAnythingIsWritten() throws Exception {
        ImportException e = failing("Name,Tel,Notes\nLi,13912345678,x\n", StandardCharsets.UTF_8, null, true, 2);
        assertEquals(1, e.line());
        assertEquals("phone", e.field());
        assertEquals("line 1, field 'phone': the header row has no column 'phone' (it has: Name, Tel, Notes)", e.getMessage());
        ImportException empty = failing("", StandardCharsets.UTF_8, null, true, 2);
        assertEquals("the file has no header row (it is empty)", empty.getMessage());
    }

    @Test
    public void aMappingByPositionWorksWithoutAHeaderRow() throws Exception {
        Path file = Fixtures.write(folder.getRoot().toPath(), "plain.csv", "13800138000,王伟\n\n13912345678,Li\n", StandardCharsets.UTF_8);
        ColumnMapping mapping = new ColumnMapping(false, List.of(Column.index(0, ContactField.PHONE), Column.index(1, ContactField.NAME)));
        ImportSummary s = new ContactImportEngine().run(request("spring", "plain.csv", FileFormat.CSV, null, mapping, true), file, c,
                DoNotCallList.NONE, null);
        // the blank line is neither a row read nor a reject
        assertEquals(2, s.rowsRead());
        assertEquals(2, s.accepted());
        assertEquals(3L, ((Number) contact("+8613912345678").get("source_row")).longValue());
        assertTrue(s.sourceHeaders().isEmpty());
    }

    @Test
    public void aFileWithOnlyAHeaderCompletesWithNoRowsAndNoRate() throws Exception {
        Path file = Fixtures.write(folder.getRoot().toPath(), "empty.csv", "name,phone,notes\n", StandardCharsets.UTF_8);
        ImportSummary s = new ContactImportEngine().run(request("spring", "empty.csv", FileFormat.CSV, null, MAPPING_NAME_PHONE, true),
                file, c, DoNotCallList.NONE, null);
        assertEquals(ImportState.COMPLETED, s.state());
        assertEquals(0, s.rowsRead());
        assertNull(s.qualificationRate());
        assertEquals(List.of("name", "phone", "notes"), s.sourceHeaders());
    }

    @Test
    public void aRegionHintReadsNationalNumbersOfThatCountry() throws Exception {
        Path file = Fixtures.write(folder.getRoot().toPath(), "hint.csv", "phone,country\n(212) 345-6789,US\n(212) 345-6789,\n",
                StandardCharsets.UTF_8);
        ColumnMapping mapping = new ColumnMapping(true, List.of(Column.header("phone", ContactField.PHONE),
                Column.header("country", ContactField.REGION_HINT)));
        ImportSummary s = new ContactImportEngine().run(request("spring", "hint.csv", FileFormat.CSV, null, mapping, true), file, c,
                DoNotCallList.NONE, null);
        assertEquals(2, s.accepted());
        assertEquals(2L, ((Number) contact("+12123456789").get("source_row")).longValue());
        assertEquals(3L, ((Number) contact("+862123456789").get("source_row")).longValue());
    }

    @Test
    public void oneImportPerCampaignAtATime() throws Exception {
        try (Connection other = TenantDb.connect(c.getCatalog()); CampaignLock held = CampaignLock.acquire(other, "spring", 0)) {
            assertNotNull(held);
            ContactImportEngine engine = new ContactImportEngine();
            engine.lockWaitSeconds = 1;
            Path file = Fixtures.write(folder.getRoot().toPath(), "list.csv", LIST, StandardCharsets.UTF_8);
            ImportException e = assertThrows(ImportException.class, () -> engine.run(
                    request("spring", "list.csv", FileFormat.CSV, null, MAPPING, true), file, c, AGENCY, null));
            assertEquals("another import into campaign spring is running", e.getMessage());
            assertEquals(0, count(c, "SELECT COUNT(*) FROM contact_import"));
            // another campaign is not blocked
            assertEquals(ImportState.COMPLETED, engine.run(request("autumn", "list.csv", FileFormat.CSV, null, MAPPING, true), file, c,
                    AGENCY, null).state());
        }
    }

    @Test
    public void aNumberAddedToTheCampaignByAnotherWriterDuringTheImportIsRejectedNotLost() throws Exception {
        Path file = Fixtures.write(folder.getRoot().toPath(), "list.csv", LIST, StandardCharsets.UTF_8);
        try (Connection other = TenantDb.connect(c.getCatalog())) {
            other.setAutoCommit(true);
            ImportSummary s = new ContactImportEngine(3).run(request("spring", "list.csv", FileFormat.CSV, null, MAPPING, true), file, c,
                    AGENCY, p -> {
                        if (p.rowsRead() != 3) return;
                        // after the first batch, someone adds the number of the last row (row 15) by hand
                        try (Statement st = other.createStatement()) {
                            st.execute("INSERT INTO contact (name, phone, created_by, campaign_key, phone_e164) "
                                    + "VALUES ('By hand', '18600001234', 'agent.li', 'spring', '+8618600001234')");
                        } catch (java.sql.SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
            // the import met the number at its unique key, went back to its checkpoint and saw it as already there
            assertEquals(ImportState.COMPLETED, s.state());
            assertEquals(5, s.accepted());
            assertEquals(2L, (long) s.rejectedByReason().get(RejectReason.DUPLICATE_IN_CAMPAIGN));
            assertEquals("By hand", contact("+8618600001234").get("name"));
            assertEquals(14, Fixtures.contacts(c, s.importId()).size() + Fixtures.rejects(c, s.importId()).size());
        }
    }

    @Test
    public void aRegionWithoutANumberingPlanIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new ContactImportEngine().run(
                new ImportRequest("acme", "spring", "x.csv", FileFormat.CSV, null, "XX", MAPPING, true, "u"),
                folder.getRoot().toPath(), c, DoNotCallList.NONE, null));
        assertThrows(IllegalArgumentException.class, () -> request("spring", "x.csv", FileFormat.CSV, "no-such-charset", MAPPING, true));
    }

    @Test
    public void previewShowsTheFirstRowsWithTheDetectedCharset() throws Exception {
        Path file = Fixtures.write(folder.getRoot().toPath(), "list.csv", LIST, Charset.forName("GB18030"));
        FilePreview preview = new ContactImportEngine().preview(file, FileFormat.CSV, null, 3);
        assertEquals("GB18030", preview.charset());
        assertEquals(3, preview.rows().size());
        assertEquals(List.of("A2", "Li, Wei", "+86 139 0013 9000", "", "上海", "said \"call me later\""), preview.rows().get(2));
    }

    @Test
    public void theConnectionIsLeftAsItWasGiven() throws Exception {
        c.setAutoCommit(true);
        importList(5, new ArrayList<>());
        assertTrue(c.getAutoCommit());
        assertFalse(c.isClosed());
        assertEquals(0, count(c, "SELECT IS_USED_LOCK(CONCAT('bpohub-ci-', MD5(CONCAT(DATABASE(), '/spring')))) IS NOT NULL"));
    }
}
