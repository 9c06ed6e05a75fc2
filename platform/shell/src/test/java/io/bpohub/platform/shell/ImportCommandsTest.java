package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The import and do-not-call commands against recording fakes. */
public class ImportCommandsTest {
    @Rule
    public TemporaryFolder dir = new TemporaryFolder();
    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final ImportFakes.Imports imports = new ImportFakes.Imports();
    private final ImportFakes.DoNotCall dnc = new ImportFakes.DoNotCall();
    private final Fakes.Billing jobs = new Fakes.Billing();

    @Test
    public void aMappingIsTypedAsColumnFieldPairsByHeaderOrPosition() {
        ColumnMapping m = ImportCommand.mapping("姓名=NAME, 电话=phone,#4=CITY,note=CUSTOM,#5=CUSTOM:vip", true);
        assertEquals(List.of(ColumnMapping.Column.header("姓名", ContactField.NAME), ColumnMapping.Column.header("电话", ContactField.PHONE),
                ColumnMapping.Column.index(4, ContactField.CITY), ColumnMapping.Column.custom("note"), ColumnMapping.Column.customAt(5, "vip")),
                m.columns());
        assertEquals("姓名=NAME,电话=PHONE,#4=CITY,note=CUSTOM:note,#5=CUSTOM:vip", ImportCommand.text(m));
        assertTrue(assertThrows(io.bpohub.platform.services.PlatformException.class, () -> ImportCommand.mapping("name=NAME", true))
                .getMessage().contains("PHONE"));
        assertEquals("map", assertThrows(io.bpohub.platform.services.PlatformException.class,
                () -> ImportCommand.mapping("phone", true)).field());
        assertEquals("map", assertThrows(io.bpohub.platform.services.PlatformException.class,
                () -> ImportCommand.mapping("phone=PHONE", false)).field());
    }

    private ImportStartCommand startCommand(Path file) {
        ImportStartCommand cmd = new ImportStartCommand();
        cmd.importService = imports;
        cmd.jobs = jobs;
        cmd.tenant = "acme";
        cmd.campaign = "spring";
        cmd.file = file.toString();
        cmd.pause = millis -> { };
        return cmd;
    }

    @Test
    public void importStartUploadsTheFileFollowsTheJobAndPrintsTheSummary() throws Exception {
        Path file = dir.newFile("leads.csv").toPath();
        Files.writeString(file, "name,phone\nA,13800138000\n", StandardCharsets.UTF_8);
        jobs.jobSteps = List.of(Fakes.Billing.job("RUNNING", 10, 40, null, null), Fakes.Billing.job("SUCCEEDED", 40, 40, null, "{}"));
        ImportStartCommand cmd = startCommand(file);
        cmd.map = "name=NAME,phone=PHONE";
        cmd.saveAs = "crm";
        String out = shell.run(cmd);
        assertEquals("name,phone\nA,13800138000\n", imports.uploaded);
        assertEquals(List.of("upload ops acme leads.csv", "start ops acme spring null crm", "imports ops acme spring COMPLETED 1"), imports.calls);
        assertEquals(2, imports.started.mapping().columns().size());
        assertTrue(out, out.contains("  10/40 (25%)\n"));
        assertTrue(out, out.contains("Job job-7 SUCCEEDED at 40/40 (100%)."));
        assertTrue(out, out.contains("Qualification") && out.contains("70.00 %"));
        assertTrue(out, out.contains("  INVALID_NUMBER: 2\n"));
        assertTrue(out, out.contains("bpo:import-rejects acme 12 <file>"));
    }

    @Test
    public void importStartNeedsAMappingAndAnExistingFile() throws Exception {
        ImportStartCommand cmd = startCommand(dir.getRoot().toPath().resolve("missing.csv"));
        CommandException none = assertThrows(CommandException.class, () -> shell.run(cmd));
        assertTrue(none.getMessage(), none.getMessage().contains("--map"));
        cmd.savedMapping = "crm";
        CommandException missing = assertThrows(CommandException.class, () -> shell.run(cmd));
        assertTrue(missing.getMessage(), missing.getMessage().contains("there is no file"));
        assertTrue("nothing was uploaded or started", imports.calls.isEmpty());
    }

    @Test
    public void stopResumeListAndRejectsNameTheImport() throws Exception {
        ImportStopCommand stop = new ImportStopCommand();
        stop.importService = imports;
        stop.tenant = "acme";
        stop.id = 12;
        assertTrue(shell.run(stop).contains("bpo:import-resume acme 12"));

        ImportResumeCommand resume = new ImportResumeCommand();
        resume.importService = imports;
        resume.jobs = jobs;
        resume.tenant = "acme";
        resume.id = 12;
        resume.noWait = true;
        assertTrue(shell.run(resume).contains("follow it with bpo:job job-7"));

        ImportListCommand list = new ImportListCommand();
        list.importService = imports;
        list.tenant = "acme";
        list.state = "completed";
        String table = shell.run(list);
        assertTrue(table, table.contains("leads.csv") && table.contains("0.700000"));

        Path target = dir.getRoot().toPath().resolve("rejects.csv");
        ImportRejectsCommand rejects = new ImportRejectsCommand();
        rejects.importService = imports;
        rejects.tenant = "acme";
        rejects.id = 12;
        rejects.file = target.toString();
        assertTrue(shell.run(rejects).startsWith("1 rejected rows of import 12 written to"));
        assertEquals("row,reason\n3,INVALID_NUMBER\n", Files.readString(target));
        assertEquals(List.of("stop ops acme 12", "resume ops acme 12", "imports ops acme null COMPLETED 50", "rejects ops acme 12 CSV"), imports.calls);
    }

    @Test
    public void mappingsAreSavedAndListed() throws Exception {
        ImportMappingsCommand cmd = new ImportMappingsCommand();
        cmd.importService = imports;
        cmd.tenant = "acme";
        cmd.name = "crm";
        cmd.map = "#0=PHONE,#1=NAME";
        cmd.noHeader = true;
        assertEquals("Mapping crm of acme saved: #0=PHONE,#1=NAME (no header row)\n", shell.run(cmd));
        ImportMappingsCommand list = new ImportMappingsCommand();
        list.importService = imports;
        list.tenant = "acme";
        assertTrue(shell.run(list).startsWith("crm: #0=PHONE,#1=NAME (no header row) (ops, "));
    }

    @Test
    public void doNotCallNumbersAreAddedRemovedListedAndImported() throws Exception {
        DncAddCommand add = new DncAddCommand();
        add.dncService = dnc;
        add.owner = "agency";
        add.number = "138 0013 8000";
        assertEquals("+8613800138000 is on the do-not-call list of agency (added by ops).\n", shell.run(add));

        DncRemoveCommand remove = new DncRemoveCommand();
        remove.dncService = dnc;
        remove.owner = "acme";
        remove.number = "+8613800000000";
        assertTrue(shell.run(remove).contains("was not on the do-not-call list of acme; nothing changed"));

        DncListCommand list = new DncListCommand();
        list.dncService = dnc;
        list.owner = "acme";
        list.prefix = "86138";
        assertTrue(shell.run(list).contains("+8613800138000"));

        Path file = dir.newFile("registry.csv").toPath();
        Files.writeString(file, "phone\n13800138000\n");
        DncImportCommand imp = new DncImportCommand();
        imp.dncService = dnc;
        imp.importService = imports;
        imp.owner = "agency";
        imp.file = file.toString();
        imp.source = "registry";
        imp.column = "phone";
        String out = shell.run(imp);
        assertTrue(out, out.startsWith("4 rows read: 2 added, 1 already listed, 1 invalid.\n  row 4: x: not a number"));
        assertEquals(List.of(ColumnMapping.Column.header("phone", ContactField.PHONE)), dnc.imported.columns());
        assertFalse(imports.calls.isEmpty());
        assertEquals(List.of("add ops agency 138 0013 8000 null", "remove ops acme +8613800000000", "list ops acme 86138",
                "importList ops agency " + ImportFakes.UPLOAD_ID + " registry"), dnc.calls);
    }
}
