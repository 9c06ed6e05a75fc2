package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.TenantStatus;
import java.util.Collections;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Test;

public class PagedCommandTest {

    private static Page<String> page(int page, int size, int items, long total) {
        return new Page<>(Collections.nCopies(items, "x"), page, size, total);
    }

    @Test
    public void footerTellsWhereThePageSitsAndHowToGetTheNext() {
        assertEquals("", PagedCommand.footer(page(0, 50, 0, 0)));
        assertEquals("Showing 1-3 of 3 (page 0, last page 0).", PagedCommand.footer(page(0, 50, 3, 3)));
        assertEquals("Showing 1-50 of 120 (page 0, last page 2). Next: --page 1", PagedCommand.footer(page(0, 50, 50, 120)));
        assertEquals("Showing 101-120 of 120 (page 2, last page 2).", PagedCommand.footer(page(2, 50, 20, 120)));
        assertEquals("Showing 51-100 of 100 (page 1, last page 1).", PagedCommand.footer(page(1, 50, 50, 100)));
        assertEquals("Page 7 is past the end: 120 in total, the last page is --page 2.",
                PagedCommand.footer(page(7, 50, 0, 120)));
    }

    @Test
    public void badPagingIsRefusedBeforeTheServiceIsAsked() {
        Fakes.Shell shell = new Fakes.Shell("ops");
        Fakes.Tenants tenants = new Fakes.Tenants();
        TenantListCommand list = new TenantListCommand();
        list.tenantService = tenants;
        list.size = 500;

        CommandException e = assertThrows(CommandException.class, () -> shell.run(list));
        assertEquals("Error: Invalid input: size must be between 1 and 200 (field: size)", e.getMessage());

        list.size = 10;
        list.page = -1;
        e = assertThrows(CommandException.class, () -> shell.run(list));
        assertEquals("Error: Invalid input: page must be 0 or more (field: page)", e.getMessage());
        assertTrue(tenants.calls.isEmpty());
    }

    @Test
    public void tenantListPrintsOneRowPerTenantThenTheFooter() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("ops");
        Fakes.Tenants tenants = new Fakes.Tenants();
        for (String slug : List.of("acme", "globex", "initech")) {
            tenants.tenants.put(slug, Fakes.tenant(slug, TenantStatus.ACTIVE));
        }
        TenantListCommand list = new TenantListCommand();
        list.tenantService = tenants;
        list.size = 2;

        String[] lines = shell.run(list).split("\n");

        assertEquals(List.of("list ops 0 2"), tenants.calls);
        assertEquals(5, lines.length); // header, rule, 2 rows, footer
        assertTrue(lines[0], lines[0].startsWith("Slug"));
        assertTrue(lines[2], lines[2].startsWith("acme") && lines[2].contains("ACME Corp") && lines[2].contains("HYBRID"));
        assertTrue(lines[3], lines[3].startsWith("globex"));
        assertEquals("Showing 1-2 of 3 (page 0, last page 1). Next: --page 1", lines[4]);
    }

    @Test
    public void auditPassesItsFiltersAndShowsTheActorsTenant() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("ops");
        Fakes.Audit audit = new Fakes.Audit();
        audit.entries = List.of(new AuditEntry(9, Fakes.T0, "acme.admin", "acme", "globex", "contact.list",
                "globex/contacts", "DENIED", "cross-tenant access", "10.0.0.5"));
        AuditCommand cmd = new AuditCommand();
        cmd.auditService = audit;
        cmd.tenant = "globex";
        cmd.outcome = "DENIED";
        cmd.page = 0;
        cmd.size = 20;

        String out = shell.run(cmd);

        assertEquals(List.of("list ops globex DENIED 0 20"), audit.calls);
        assertTrue(out, out.contains("acme.admin@acme"));
        assertTrue(out, out.contains("cross-tenant access"));
        assertTrue(out, out.contains("2024-05-01T08:30:15Z"));
        assertTrue(out, out.endsWith("Showing 1-1 of 1 (page 0, last page 0).\n"));
    }

    @Test
    public void anEmptyAuditSaysSoWithoutAFooter() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("ops");
        AuditCommand cmd = new AuditCommand();
        Fakes.Audit audit = new Fakes.Audit();
        cmd.auditService = audit;
        String out = shell.run(cmd);
        assertTrue(out, out.endsWith("No audit entries match.\n"));
        assertEquals("the whole log, default paging", List.of("list ops null null 0 50"), audit.calls);
    }
}
