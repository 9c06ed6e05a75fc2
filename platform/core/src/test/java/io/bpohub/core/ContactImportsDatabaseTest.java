package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DncImportResult;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.ImportException;
import io.bpohub.api.contacts.ImportListener;
import io.bpohub.api.contacts.ImportRequest;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.contacts.RejectReason;
import io.bpohub.api.documents.TableWriter;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.contactimport.ContactImportEngine;
import io.bpohub.contactimport.DoNotCallRegistryImpl;
import io.bpohub.documents.SpreadsheetTableWriter;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.ImportStart;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.UploadView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Contact imports as the platform runs them: upload, preview, saved mappings, imports as jobs against the
 * tenant's and the agency's do-not-call lists, rejects download, resume after a stop and after a restart,
 * and who may do what.
 */
public class ContactImportsDatabaseTest {
    private static final String PREFIX = "bput_imp_";
    private static final String PW = "long-password-1";
    private static final ColumnMapping NAME_AND_PHONE = new ColumnMapping(true, List.of(
            ColumnMapping.Column.header("name", ContactField.NAME), ColumnMapping.Column.header("phone", ContactField.PHONE)));
    private static PlatformSettings settings;
    private static Platform platform;
    private static Caller operator;

    private static Platform start() {
        SpreadsheetTableWriter writer = new SpreadsheetTableWriter();
        ContactImportEngine engine = new ContactImportEngine(50);
        DoNotCallRegistryImpl registry = new DoNotCallRegistryImpl();
        return new Platform(settings, Plugins.none().withDocuments(Plugins.missing("bpohub-documents"), () -> writer)
                .withContactImport(() -> engine, () -> registry));
    }

    @BeforeClass
    public static void setUp() throws Exception {
        TestDatabase.dropAll(PREFIX);
        settings = TestDatabase.settings(PREFIX);
        platform = start();
        operator = platform.auth().operator("test");
        for (String slug : List.of("imp", "other")) {
            platform.tenants().create(operator, new NewTenant(slug, slug, "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.IN_HOUSE));
            platform.org().createUser(operator, slug, new NewUser(slug + ".admin", "Admin", PW, Role.TENANT_ADMIN, null));
            long dept = platform.org().createUnit(operator, slug, new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Sales", null)).id();
            long team = platform.org().createUnit(operator, slug, new NewOrgUnit(OrgUnitKind.TEAM, "North", dept)).id();
            platform.org().createUser(operator, slug, new NewUser(slug + ".agent", "Agent", PW, Role.AGENT, team));
            platform.org().createUser(operator, slug, new NewUser(slug + ".client", "Client", PW, Role.CLIENT_MANAGER, null));
            for (String key : List.of("spring", "autumn", "resume", "restart")) {
                platform.campaigns().create(operator, slug, key, new CampaignSpec(key, CampaignKind.OUTBOUND_SALES, null,
                        LocalDate.of(2026, 1, 1), null, null, List.of(), null, null, null, null));
            }
        }
    }

    @AfterClass
    public static void tearDown() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    private static Caller login(String name) {
        return platform.auth().authenticate(platform.auth().login(name, PW, "127.0.0.1").token(), "127.0.0.1");
    }

    private static UploadView upload(Caller who, String owner, String name, String text) {
        return platform.imports().upload(who, owner, name, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static JobView await(Caller who, JobView job) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JobView now = platform.jobs().get(who, job.id());
            if (!"RUNNING".equals(now.state())) return now;
            Thread.sleep(100);
        }
        throw new AssertionError("job " + job.id() + " did not finish in 60 s");
    }

    private static long count(String slug, String sql) throws SQLException {
        try (Connection c = platform.tenantConnections().dataSource(slug).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    public void anImportRunsAsAJobAgainstBothDoNotCallListsAndItsRejectsCanBeDownloaded() throws Exception {
        Caller admin = login("imp.admin");
        platform.doNotCall().add(admin, "imp", "139 1234 5678", "customer asked");
        platform.doNotCall().add(operator, OrgService.AGENCY, "+86 137 0000 0001", "national registry");
        UploadView up = upload(admin, "imp", "spring.csv", "name,phone\n"
                + "Wang Fang,138 0013 8000\n"
                + "Li Lei,12345\n"
                + "Repeat,+86 138-0013-8000\n"
                + "Tenant DNC,13912345678\n"
                + "Agency DNC,13700000001\n"
                + "=cmd|' /C calc'!A0,13800138001\n");
        assertEquals("the preview shows the header and the rows", List.of("name", "phone"), up.preview().rows().get(0));
        assertEquals(64, up.id().length());

        JobView job = await(admin, platform.imports().start(admin, "imp", "spring",
                new ImportStart(up.id(), null, null, NAME_AND_PHONE, null, "name-phone", false)));
        assertEquals(job.message(), "SUCCEEDED", job.state());
        assertTrue("the job's result is the import's summary: " + job.result(), job.result().contains("\"accepted\":2"));

        ImportSummary s = platform.imports().imports(admin, "imp", "spring", null, 10).get(0);
        assertEquals(ImportState.COMPLETED, s.state());
        assertEquals(6, s.rowsRead());
        assertEquals(2, s.accepted());
        assertEquals(Long.valueOf(1), s.rejectedByReason().get(RejectReason.INVALID_NUMBER));
        assertEquals(Long.valueOf(1), s.rejectedByReason().get(RejectReason.DUPLICATE_IN_FILE));
        assertEquals("the tenant's and the agency's lists both block", Long.valueOf(2), s.rejectedByReason().get(RejectReason.DO_NOT_CALL));
        assertEquals("0.333333", s.qualificationRate().toPlainString());
        assertEquals(2, count("imp", "SELECT COUNT(*) FROM contact WHERE campaign_key = 'spring'"));

        ByteArrayOutputStream rejects = new ByteArrayOutputStream();
        assertEquals(4, platform.imports().rejects(admin, "imp", s.importId(), TableWriter.Format.CSV, rejects));
        List<String> lines = List.of(rejects.toString(StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertEquals("row,reason,detail,name,phone", lines.get(0));
        assertTrue(lines.get(1), lines.get(1).startsWith("3,INVALID_NUMBER,"));
        assertTrue(lines.get(2), lines.get(2).startsWith("4,DUPLICATE_IN_FILE,"));
        assertEquals("the mapping was saved for the next file", List.of("name-phone"),
                platform.imports().mappings(admin, "imp").stream().map(m -> m.name()).toList());
    }

    @Test
    public void aSavedMappingImportsTheNextFileAndContactsAlreadyInTheCampaignAreRejected() throws Exception {
        Caller admin = login("imp.admin");
        platform.imports().saveMapping(admin, "imp", "by-position", new ColumnMapping(false, List.of(
                ColumnMapping.Column.index(0, ContactField.PHONE), ColumnMapping.Column.index(1, ContactField.NAME))));
        UploadView first = upload(admin, "imp", "a.csv", "13500000001,A\n13500000002,B\n");
        assertEquals("SUCCEEDED", await(admin, platform.imports().start(admin, "imp", "autumn",
                new ImportStart(first.id(), null, "UTF-8", null, "by-position", null, false))).state());
        UploadView second = upload(admin, "imp", "b.csv", "+8613500000002,B again\n13500000003,C\n");
        JobView job = await(admin, platform.imports().start(admin, "imp", "autumn", new ImportStart(second.id(), "b.csv", null, null,
                "by-position", null, false)));
        assertEquals(job.message(), "SUCCEEDED", job.state());
        ImportSummary s = platform.imports().imports(admin, "imp", "autumn", ImportState.COMPLETED, 1).get(0);
        assertEquals(1, s.accepted());
        assertEquals(Long.valueOf(1), s.rejectedByReason().get(RejectReason.DUPLICATE_IN_CAMPAIGN));
        assertEquals(3, count("imp", "SELECT COUNT(*) FROM contact WHERE campaign_key = 'autumn'"));

        PlatformException unknown = assertThrows(PlatformException.class, () -> platform.imports().start(admin, "imp", "autumn",
                new ImportStart(second.id(), null, null, null, "no-such-mapping", null, false)));
        assertEquals(PlatformException.Kind.NOT_FOUND, unknown.kind());
    }

    @Test
    public void aMalformedFileFailsNamingItsLineAndAddsNothing() throws Exception {
        Caller admin = login("imp.admin");
        // the preview (first 10 rows) is fine; the file breaks further down
        UploadView up = upload(admin, "imp", "broken.csv", numbers(12, 6000) + "\"Unclosed,13600000002\nMore,13600000003\n");
        JobView job = await(admin, platform.imports().start(admin, "imp", "spring", new ImportStart(up.id(), null, null, NAME_AND_PHONE,
                null, null, false)));
        assertEquals("FAILED", job.state());
        assertTrue(job.message(), job.message().contains("line 14"));
        assertTrue(job.message(), job.message().contains("nothing of this file was imported"));
        assertEquals(0, count("imp", "SELECT COUNT(*) FROM contact WHERE phone_e164 = '+8613800006000'"));
    }

    /** A file of {@code rows} distinct valid numbers after a header. */
    private static String numbers(int rows, int base) {
        StringBuilder csv = new StringBuilder("name,phone\n");
        for (int i = 0; i < rows; i++) csv.append("Contact ").append(i).append(",1380000").append(base + i).append('\n');
        return csv.toString();
    }

    /** Runs an import with the engine itself until its first checkpoint, then "crashes": it is left RUNNING. */
    private static long crashAfterFirstBatch(Caller admin, String campaign, UploadView up) throws Exception {
        Path file = settings.dataDir().resolve("uploads").resolve("imp").resolve(up.id() + ".csv");
        assertTrue(Files.exists(file));
        long[] id = {0};
        try (Connection c = platform.tenantConnections().dataSource("imp").getConnection()) {
            ImportException stopped = assertThrows(ImportException.class, () -> new ContactImportEngine(50).run(new ImportRequest("imp", campaign,
                    "big.csv", io.bpohub.api.contacts.FileFormat.CSV, null, "CN", NAME_AND_PHONE, false, admin.username()), file, c,
                    DoNotCallList.NONE, new ImportListener() {
                        @Override
                        public void started(long importId) {
                            id[0] = importId;
                        }

                        @Override
                        public void progress(io.bpohub.api.contacts.ImportProgress p) {
                            throw new IllegalStateException("power cut");
                        }
                    }));
            assertTrue(stopped.resumable());
        }
        return id[0];
    }

    @Test
    public void anInterruptedImportIsResumedAndEndsWithEveryRowExactlyOnce() throws Exception {
        Caller admin = login("imp.admin");
        UploadView up = upload(admin, "imp", "big.csv", numbers(400, 1000));
        long id = crashAfterFirstBatch(admin, "resume", up);
        assertEquals(ImportState.RUNNING, platform.imports().get(admin, "imp", id).state());
        assertEquals("one batch is committed", 50, count("imp", "SELECT COUNT(*) FROM contact WHERE campaign_key = 'resume'"));

        JobView job = await(admin, platform.imports().resume(admin, "imp", id));
        assertEquals(job.message(), "SUCCEEDED", job.state());
        ImportSummary s = platform.imports().get(admin, "imp", id);
        assertEquals(ImportState.COMPLETED, s.state());
        assertEquals(400, s.accepted());
        assertEquals(400, count("imp", "SELECT COUNT(*) FROM contact WHERE campaign_key = 'resume'"));
        PlatformException again = assertThrows(PlatformException.class, () -> platform.imports().resume(admin, "imp", id));
        assertEquals(PlatformException.Kind.CONFLICT, again.kind());
    }

    @Test
    public void importsRunningWhenThePlatformStoppedAreResumedWhenItStarts() throws Exception {
        Caller admin = login("imp.admin");
        UploadView up = upload(admin, "imp", "restart.csv", numbers(300, 5000));
        long id = crashAfterFirstBatch(admin, "restart", up);
        // the job that ran it was RUNNING when the platform went down
        try (Connection c = TestDatabase.connect(PREFIX + "control", TestDatabase.USER, TestDatabase.PASSWORD); Statement st = c.createStatement()) {
            st.executeUpdate("INSERT INTO job (id, kind, tenant_id, subject, state, done, total, started_at, started_by) "
                    + "SELECT 'crashed-import-job', 'contact.import', id, 'campaign restart', 'RUNNING', 0, 0, CURRENT_TIMESTAMP(3), 'imp.admin' "
                    + "FROM tenant WHERE slug = 'imp'");
        }
        platform.close();
        platform = start();
        assertEquals(1, platform.imports().resumeInterrupted());
        Caller again = login("imp.admin");
        for (int i = 0; i < 600 && platform.imports().get(again, "imp", id).state() == ImportState.RUNNING; i++) Thread.sleep(100);
        ImportSummary s = platform.imports().get(again, "imp", id);
        assertEquals(ImportState.COMPLETED, s.state());
        assertEquals("platform", s.finishedBy());
        assertEquals(300, count("imp", "SELECT COUNT(*) FROM contact WHERE campaign_key = 'restart'"));
    }

    @Test
    public void onlyTheTenantsAdminsImportAndNoTenantReachesAnothersImportsOrLists() throws Exception {
        Caller admin = login("imp.admin");
        UploadView up = upload(admin, "imp", "x.csv", "name,phone\nX,13800000099\n");
        for (String who : List.of("imp.agent", "imp.client", "other.admin")) {
            Caller c = login(who);
            assertEquals(who, PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class,
                    () -> platform.imports().imports(c, "imp", null, null, 10)).kind());
            assertEquals(who, PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class,
                    () -> upload(c, "imp", "y.csv", "name,phone\nY,13800000098\n")).kind());
            assertEquals(who, PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class,
                    () -> platform.doNotCall().list(c, "imp", null, 0, 10)).kind());
        }
        Caller other = login("other.admin");
        assertEquals("an upload of one tenant is not found under another", PlatformException.Kind.NOT_FOUND,
                assertThrows(PlatformException.class, () -> platform.imports().start(other, "other", "spring",
                        new ImportStart(up.id(), null, null, NAME_AND_PHONE, null, null, false))).kind());
        assertEquals(PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class,
                () -> platform.doNotCall().add(admin, OrgService.AGENCY, "+8613700000002", "x")).kind());
    }

    @Test
    public void doNotCallListsAreKeptPerTenantAndForTheAgencyAndCheckedAtDialTime() throws Exception {
        Caller admin = login("imp.admin");
        assertEquals("+8613111110000", platform.doNotCall().add(admin, "imp", "131 1111 0000", null).number());
        assertTrue(platform.doNotCall().blocked("imp", "+8613111110000"));
        assertFalse("another tenant's list does not block", platform.doNotCall().blocked("other", "+8613111110000"));
        platform.doNotCall().add(operator, OrgService.AGENCY, "+8613111110001", "agency list");
        assertTrue("the agency's list blocks every tenant", platform.doNotCall().blocked("other", "+8613111110001"));
        assertEquals(1, platform.doNotCall().list(admin, "imp", "861311111", 0, 10).total());
        PlatformException bad = assertThrows(PlatformException.class, () -> platform.doNotCall().add(admin, "imp", "12", null));
        assertEquals("number", bad.field());
        assertTrue(platform.doNotCall().remove(admin, "imp", "+8613111110000"));
        assertFalse(platform.doNotCall().blocked("imp", "+8613111110000"));

        UploadView list = upload(operator, OrgService.AGENCY, "registry.csv",
                "phone\n+86 132 2222 0001\n+8613222220002\nnot a number\n+86-132-2222-0001\n");
        DncImportResult r = platform.doNotCall().importList(operator, OrgService.AGENCY, list.id(), null,
                new ColumnMapping(true, List.of(ColumnMapping.Column.header("phone", ContactField.PHONE))), "registry 2026-11");
        assertEquals(2, r.added());
        assertEquals(1, r.invalid());
        assertEquals(1, r.alreadyListed());
        assertTrue(platform.doNotCall().blocked("imp", "+8613222220002"));
        assertNotNull(platform.doNotCall().list(operator, OrgService.AGENCY, null, 0, 50).items().stream()
                .filter(e -> e.source().equals("registry 2026-11")).findFirst().orElse(null));
    }
}
