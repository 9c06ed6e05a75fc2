package io.bpohub.contactimport;

import static io.bpohub.contactimport.Fixtures.count;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DncImportRequest;
import io.bpohub.api.contacts.DncImportResult;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.ImportException;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.contacts.RejectReason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Do-not-call lists: a tenant's in its database, the agency's in another (the control database in the platform). */
public class DoNotCallRegistryTest {
    private static final String SUITE = "dnc_";
    private static final ColumnMapping PHONE = new ColumnMapping(true, List.of(ColumnMapping.Column.header("phone", ContactField.PHONE)));
    @ClassRule
    public static TemporaryFolder folder = new TemporaryFolder();
    private static Connection tenant;
    private static Connection agency;
    private final DoNotCallRegistryImpl registry = new DoNotCallRegistryImpl();

    @BeforeClass
    public static void databases() throws Exception {
        TenantDb.dropAll(SUITE);
        tenant = TenantDb.connect(TenantDb.create(SUITE + "tenant"));
        agency = TenantDb.connect(TenantDb.create(SUITE + "agency"));
    }

    @AfterClass
    public static void cleanUp() throws Exception {
        tenant.close();
        agency.close();
        TenantDb.dropAll(SUITE);
    }

    private static DncImportRequest request(String source) {
        return new DncImportRequest(source, FileFormat.CSV, null, "CN", PHONE, "acme.admin");
    }

    @Test
    public void theGeneratorsListIsImportedOnceAndNumbersAreNormalised() throws Exception {
        Path dir = Fixtures.generate(folder.getRoot().toPath().resolve("gen"), 1000, "utf-8");
        DncImportResult first = registry.importList(request("national registry"), dir.resolve("dnc.csv"), agency);
        assertEquals(500, first.rowsRead());
        assertEquals(first.rowsRead(), first.added() + first.alreadyListed() + first.invalid());
        assertEquals(first.added(), count(agency, "SELECT COUNT(*) FROM dnc_number WHERE source = 'national registry'"));
        assertEquals(0, count(agency, "SELECT COUNT(*) FROM dnc_number WHERE e164 NOT LIKE '+%'"));
        assertEquals(Math.min(100, first.invalid()), first.invalidExamples().size());
        // importing it again adds nothing and keeps the first source
        DncImportResult again = registry.importList(request("again"), dir.resolve("dnc.csv"), agency);
        assertEquals(0, again.added());
        assertEquals(first.added() + first.alreadyListed(), again.alreadyListed());
        assertEquals(0, count(agency, "SELECT COUNT(*) FROM dnc_number WHERE source = 'again'"));
    }

    @Test
    public void singleNumbersAreAddedCheckedAndRemovedInAnyFormat() throws Exception {
        assertEquals("+8613800138000", registry.add(tenant, "138-0013-8000", "CN", "customer asked", "agent.li"));
        assertTrue(registry.isListed(tenant, "+8613800138000"));
        assertFalse(registry.isListed(agency, "+8613800138000"));
        DoNotCallList snapshot = registry.load(tenant);
        assertTrue(snapshot.contains("+8613800138000"));
        assertFalse(snapshot.contains("+8613800138001"));
        assertThrows(IllegalArgumentException.class, () -> registry.add(tenant, "n/a", "CN", "x", "y"));
        assertTrue(registry.remove(tenant, "+8613800138000"));
        assertFalse(registry.isListed(tenant, "+8613800138000"));
        assertFalse(registry.remove(tenant, "+8613800138000"));
    }

    @Test
    public void theAgencyListLoadedFromItsDatabaseBlocksAnImportIntoATenant() throws Exception {
        registry.add(agency, "+86 139 1111 2222", "CN", "agency-wide", "admin");
        registry.add(tenant, "+86 139 3333 4444", "CN", "tenant", "admin");
        Path file = Fixtures.write(folder.getRoot().toPath(), "list.csv",
                "phone\n13911112222\n13933334444\n13955556666\n", StandardCharsets.UTF_8);
        ImportSummary s = new ContactImportEngine().run(Fixtures.request("dnc-check", "list.csv", FileFormat.CSV, null, PHONE, true),
                file, tenant, registry.load(agency), null);
        assertEquals(1, s.accepted());
        assertEquals(2L, (long) s.rejectedByReason().get(RejectReason.DO_NOT_CALL));
        // checked again at dial time: a number listed after the import is blocked then
        registry.add(tenant, "13955556666", "CN", "complained", "agent.li");
        assertTrue(registry.isListed(tenant, "+8613955556666"));
    }

    @Test
    public void aMalformedListAddsNothing() throws Exception {
        long before = count(tenant, "SELECT COUNT(*) FROM dnc_number");
        Path file = Fixtures.write(folder.getRoot().toPath(), "bad.csv", "phone\n13977778888\n\"13977778889\n", StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> registry.importList(request("bad"), file, tenant));
        assertEquals(3, e.line());
        assertEquals("phone", e.field());
        assertEquals("line 3, field 'phone' (column 1): a quoted field is never closed (the file ends inside it)", e.getMessage());
        assertEquals(before, count(tenant, "SELECT COUNT(*) FROM dnc_number"));
    }
}
