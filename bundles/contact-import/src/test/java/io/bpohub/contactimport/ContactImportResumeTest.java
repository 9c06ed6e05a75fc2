package io.bpohub.contactimport;

import static io.bpohub.contactimport.Fixtures.count;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DncImportRequest;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.ImportException;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.testing.TestDatabases;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Nothing is lost and nothing is written twice: an import interrupted at any point (its listener stops it, its
 * database connection is killed mid-transaction, its JVM is killed with SIGKILL) and then resumed ends with exactly
 * the contacts and rejects of an uninterrupted import of the same file.
 */
public class ContactImportResumeTest {
    private static final String SUITE = "resume_";
    private static final int ROWS = 3000;
    private static final int BATCH = 100;
    @ClassRule
    public static TemporaryFolder folder = new TemporaryFolder();
    private static Path file;
    private static ImportSummary reference;
    private static Map<Long, String> referenceContacts;
    private static Map<Long, String> referenceRejects;

    @BeforeClass
    public static void reference() throws Exception {
        TenantDb.dropAll(SUITE);
        Path dir = Fixtures.generate(folder.getRoot().toPath().resolve("gen"), ROWS, "utf-8");
        file = dir.resolve("contacts.csv");
        try (Connection c = database("reference")) {
            reference = new ContactImportEngine(BATCH).run(request(), file, c, DoNotCallList.NONE, null);
            referenceContacts = Fixtures.contacts(c, reference.importId());
            referenceRejects = Fixtures.rejects(c, reference.importId());
        }
        assertEquals(ImportState.COMPLETED, reference.state());
        assertEquals(ROWS, reference.rowsRead());
        assertTrue(reference.rejectedByReason().toString(), reference.rejectedByReason().size() >= 4);
    }

    @AfterClass
    public static void cleanUp() throws Exception {
        TenantDb.dropAll(SUITE);
    }

    /** A tenant database with the generator's do-not-call list. */
    private static Connection database(String name) throws Exception {
        Connection c = TenantDb.connect(TenantDb.create(SUITE + name));
        new DoNotCallRegistryImpl().importList(new DncImportRequest("generator", FileFormat.CSV, null, "CN",
                new ColumnMapping(true, List.of(ColumnMapping.Column.header("phone", ContactField.PHONE))), "test"),
                file.resolveSibling("dnc.csv"), c);
        return c;
    }

    private static io.bpohub.api.contacts.ImportRequest request() {
        return Fixtures.request("spring", "contacts.csv", FileFormat.CSV, null, Fixtures.GENERATOR, false);
    }

    /** The resumed import has the reference's outcome, row for row, and no row twice. */
    private static void sameAsReference(Connection c, ImportSummary resumed) throws SQLException {
        assertEquals(ImportState.COMPLETED, resumed.state());
        assertEquals(reference.rowsRead(), resumed.rowsRead());
        assertEquals(reference.accepted(), resumed.accepted());
        assertEquals(reference.rejectedByReason(), resumed.rejectedByReason());
        assertEquals(reference.qualificationRate(), resumed.qualificationRate());
        assertEquals(referenceContacts, Fixtures.contacts(c, resumed.importId()));
        assertEquals(referenceRejects, Fixtures.rejects(c, resumed.importId()));
        assertEquals(reference.accepted(), count(c, "SELECT COUNT(*) FROM contact WHERE campaign_key = 'spring'"));
        assertEquals(reference.accepted(), count(c, "SELECT COUNT(DISTINCT phone_e164) FROM contact WHERE campaign_key = 'spring'"));
    }

    @Test
    public void stoppedByItsListenerThenResumed() throws Exception {
        try (Connection c = database("listener")) {
            AtomicInteger batches = new AtomicInteger();
            ImportException stopped = assertThrows(ImportException.class, () -> new ContactImportEngine(BATCH).run(request(), file, c,
                    DoNotCallList.NONE, p -> {
                        if (batches.incrementAndGet() == 7) throw new IllegalStateException("user pressed stop");
                    }));
            assertTrue(stopped.resumable());
            ImportSummary halfway = new ContactImportEngine().summary(c, stopped.importId()).orElseThrow();
            assertEquals(ImportState.RUNNING, halfway.state());
            // the 7th batch is committed (the listener hears of committed rows only), nothing after it
            assertEquals(7 * BATCH, halfway.rowsRead());
            assertEquals(halfway.accepted(), count(c, "SELECT COUNT(*) FROM contact WHERE import_id = ?", stopped.importId()));
            assertEquals(halfway.rejected(), count(c, "SELECT COUNT(*) FROM contact_import_reject WHERE import_id = ?", stopped.importId()));
            assertEquals(List.of(halfway), new ContactImportEngine().imports(c, null, ImportState.RUNNING, 10));

            List<Long> progress = new ArrayList<>();
            ImportSummary resumed = new ContactImportEngine(BATCH).resume(stopped.importId(), file, "system", c, DoNotCallList.NONE,
                    p -> progress.add(p.rowsRead()));
            sameAsReference(c, resumed);
            assertEquals("system", resumed.finishedBy());
            assertEquals("acme.admin", resumed.startedBy());
            assertEquals(8L * BATCH, (long) progress.get(0));  // went on after the checkpoint, not from the start
            // resuming a finished import changes nothing
            assertEquals(resumed, new ContactImportEngine().resume(stopped.importId(), file, "system", c, DoNotCallList.NONE, null));
        }
    }

    @Test
    public void connectionKilledInTheMiddleOfABatchThenResumed() throws Exception {
        String db;
        long importId;
        try (Connection c = database("killed")) {
            db = c.getCatalog();
            long connectionId = count(c, "SELECT CONNECTION_ID()");
            AtomicInteger batches = new AtomicInteger();
            Thread killer = new Thread(() -> {
                // once a few batches are in, kill the session from outside while it is writing: the server rolls back
                // whatever that transaction had written
                while (batches.get() < 5) Thread.onSpinWait();
                try (Connection admin = TestDatabases.connect("", TestDatabases.USER, TestDatabases.PASSWORD); Statement s = admin.createStatement()) {
                    s.execute("KILL CONNECTION " + connectionId);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            killer.start();
            assertThrows(SQLException.class, () -> new ContactImportEngine(BATCH).run(request(), file, c, DoNotCallList.NONE,
                    p -> batches.incrementAndGet()));
            killer.join();
        }
        try (Connection c = TenantDb.connect(db)) {
            importId = count(c, "SELECT MAX(id) FROM contact_import");
            ImportSummary halfway = new ContactImportEngine().summary(c, importId).orElseThrow();
            assertEquals(ImportState.RUNNING, halfway.state());
            assertTrue(halfway.rowsRead() >= 5 * BATCH && halfway.rowsRead() < ROWS);
            // what is committed is exactly what the checkpoint says
            assertEquals(halfway.accepted(), count(c, "SELECT COUNT(*) FROM contact WHERE import_id = ?", importId));
            assertEquals(halfway.rejected(), count(c, "SELECT COUNT(*) FROM contact_import_reject WHERE import_id = ?", importId));
            sameAsReference(c, new ContactImportEngine(BATCH).resume(importId, file, "system", c, DoNotCallList.NONE, null));
        }
    }

    @Test
    public void platformKilledWithSigkillThenResumedAfterRestart() throws Exception {
        try (Connection c = database("sigkill")) {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process platform = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                    "-Dbpo.test.db.url=" + TestDatabases.URL, "-Dbpo.test.db.user=" + TestDatabases.USER,
                    "-Dbpo.test.db.password=" + TestDatabases.PASSWORD, "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn",
                    ImportProcess.class.getName(), c.getCatalog(), file.toString(), "spring", String.valueOf(BATCH / 2))
                    .redirectErrorStream(true).redirectOutput(folder.newFile("platform.log")).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (count(c, "SELECT COALESCE(MAX(checkpoint_row), 0) FROM contact_import") < 10 * BATCH / 2) {
                assertTrue("the platform process ended early: " + Files.readString(folder.getRoot().toPath().resolve("platform.log")),
                        platform.isAlive());
                assertTrue("no progress in 60 s", System.nanoTime() < deadline);
                Thread.sleep(10);
            }
            platform.destroyForcibly();  // SIGKILL: no shutdown hook, no rollback by the client
            assertTrue(platform.waitFor(30, TimeUnit.SECONDS));
            assertNotEquals(0, platform.exitValue());

            long importId = count(c, "SELECT MAX(id) FROM contact_import");
            ImportSummary halfway = new ContactImportEngine().summary(c, importId).orElseThrow();
            assertEquals(ImportState.RUNNING, halfway.state());
            assertTrue(halfway.rowsRead() < ROWS);
            // after a restart the platform finds the unfinished import and resumes it (its lock died with the session)
            assertEquals(List.of(importId), new ContactImportEngine().imports(c, null, ImportState.RUNNING, 10).stream()
                    .map(ImportSummary::importId).toList());
            sameAsReference(c, new ContactImportEngine(BATCH).resume(importId, file, "system", c, DoNotCallList.NONE, null));
        }
    }

    @Test
    public void aResumeNeedsTheSameFile() throws Exception {
        try (Connection c = database("otherfile")) {
            ImportException stopped = assertThrows(ImportException.class, () -> new ContactImportEngine(BATCH).run(request(), file, c,
                    DoNotCallList.NONE, p -> {
                        throw new IllegalStateException("stop");
                    }));
            Path other = folder.getRoot().toPath().resolve("other.csv");
            Files.writeString(other, Files.readString(file, StandardCharsets.UTF_8).replace("13", "15"), StandardCharsets.UTF_8);
            ImportException refused = assertThrows(ImportException.class, () -> new ContactImportEngine(BATCH).resume(stopped.importId(),
                    other, "system", c, DoNotCallList.NONE, null));
            assertTrue(refused.resumable());
            assertTrue(refused.getMessage(), refused.getMessage().contains("resume it with the file it started with"));
            assertEquals(ImportState.RUNNING, new ContactImportEngine().summary(c, stopped.importId()).orElseThrow().state());
            sameAsReference(c, new ContactImportEngine(BATCH).resume(stopped.importId(), file, "system", c, DoNotCallList.NONE, null));
            assertFalse(c.isClosed());
        }
    }
}
