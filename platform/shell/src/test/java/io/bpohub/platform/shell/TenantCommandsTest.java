package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.TenantStatus;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Before;
import org.junit.Test;

public class TenantCommandsTest {
    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final Fakes.Tenants tenants = new Fakes.Tenants();

    @Before
    public void acmeExists() {
        tenants.tenants.put("acme", Fakes.tenant("acme", TenantStatus.ACTIVE));
    }

    private TenantCreateCommand create(String mode) {
        TenantCreateCommand cmd = new TenantCreateCommand();
        cmd.tenantService = tenants;
        cmd.slug = "globex";
        cmd.name = "Globex Inc";
        cmd.timeZone = "America/New_York";
        cmd.locale = "en-US";
        cmd.currency = "USD";
        cmd.mode = mode;
        return cmd;
    }

    @Test
    public void createPassesEveryFieldAndAcceptsTheModeInAnyCase() throws Exception {
        String out = shell.run(create("in-house"));

        assertEquals(new NewTenant("globex", "Globex Inc", "America/New_York", "en-US", "USD", OperatingMode.IN_HOUSE),
                tenants.created);
        assertEquals(List.of("create ops globex"), tenants.calls);
        assertTrue(out, out.startsWith("Tenant globex created.\n"));
        assertTrue(out, out.contains("Operating mode:  IN_HOUSE\n"));
        assertTrue(out, out.contains("Migration error: -\n"));
    }

    @Test
    public void createRefusesAnUnknownModeListingTheChoices() {
        CommandException e = assertThrows(CommandException.class, () -> shell.run(create("offshore")));
        assertEquals("Error: Invalid input: 'offshore' is not a valid mode; use one of IN_HOUSE, OUTSOURCED, HYBRID "
                + "(field: mode)", e.getMessage());
        assertTrue(tenants.calls.isEmpty());
    }

    private TenantOffboardCommand offboard(String confirm) {
        TenantOffboardCommand cmd = new TenantOffboardCommand();
        cmd.tenantService = tenants;
        cmd.slug = "acme";
        cmd.confirm = confirm;
        return cmd;
    }

    @Test
    public void offboardWithoutConfirmTouchesNothingAndSaysWhatToDo() {
        CommandException e = assertThrows(CommandException.class, () -> shell.run(offboard(null)));
        assertEquals("Error: Invalid input: Offboarding deletes acme's database and account and cannot be undone. "
                + "Export the data first with bpo:tenant-export acme, then run bpo:tenant-offboard --confirm acme acme "
                + "(field: confirm)", e.getMessage());
        assertTrue(tenants.calls.isEmpty());
    }

    @Test
    public void offboardWithAnotherSlugIsRefused() {
        CommandException e = assertThrows(CommandException.class, () -> shell.run(offboard("acme ")));
        assertTrue(e.getMessage(), e.getMessage().startsWith(
                "Error: Invalid input: --confirm acme  does not repeat the slug acme. Export the data first"));
        assertThrows(CommandException.class, () -> shell.run(offboard("ACME")));
        assertTrue(tenants.calls.isEmpty());
    }

    @Test
    public void offboardWithTheSlugRepeatedAsksTheService() throws Exception {
        String out = shell.run(offboard("acme"));
        assertEquals(List.of("offboard ops acme acme"), tenants.calls);
        assertTrue(out, out.startsWith("Tenant acme offboarded"));
        assertTrue(out, out.contains("Status:          OFFBOARDED\n"));
    }

    @Test
    public void suspendPassesTheReason() throws Exception {
        TenantSuspendCommand cmd = new TenantSuspendCommand();
        cmd.tenantService = tenants;
        cmd.slug = "acme";
        cmd.reason = "unpaid invoice";
        String out = shell.run(cmd);
        assertEquals(List.of("suspend ops acme unpaid invoice"), tenants.calls);
        assertTrue(out, out.startsWith("Tenant acme suspended; resume it with bpo:tenant-resume acme.\n"));
    }

    @Test
    public void exportPrintsFileSizeAndCounts() throws Exception {
        TenantExportCommand cmd = new TenantExportCommand();
        cmd.tenantService = tenants;
        cmd.slug = "acme";
        assertEquals("Export of acme written.\n"
                        + "File:     /var/bpohub/exports/acme.zip\n"
                        + "Size:     3.0 MiB (3146240 bytes)\n"
                        + "Contacts: 1200\n"
                        + "Users:    35\n"
                        + "Created:  2024-05-01T08:30:15Z\n",
                shell.run(cmd));
    }

    @Test
    public void showOfAnUnknownTenantReportsNotFound() {
        TenantShowCommand cmd = new TenantShowCommand();
        cmd.tenantService = tenants;
        cmd.slug = "zeta";
        CommandException e = assertThrows(CommandException.class, () -> shell.run(cmd));
        assertEquals("Error: Not found: No tenant zeta", e.getMessage());
    }
}
