package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.MigrationReport;
import java.util.List;
import org.junit.Test;

public class MigrateCommandTest {

    @Test
    public void printsOneLinePerDatabaseWithTheErrorOfTheFailedOnes() throws Exception {
        Fakes.Shell shell = new Fakes.Shell("ops");
        Fakes.Tenants tenants = new Fakes.Tenants();
        tenants.migrations = List.of(
                new MigrationReport("bpohub_control", null, true, "5", null),
                new MigrationReport("bpohub_t_acme", "acme", true, "7", null),
                new MigrationReport("bpohub_t_globex", "globex", false, "6", "V7__contacts.sql: table exists"));
        MigrateCommand cmd = new MigrateCommand();
        cmd.tenantService = tenants;

        String[] lines = shell.run(cmd).split("\n");

        assertEquals(List.of("migrateAll ops"), tenants.calls);
        assertEquals(6, lines.length); // header, rule, 3 databases, summary
        assertTrue(lines[2], lines[2].startsWith("bpohub_control") && lines[2].contains("OK"));
        assertTrue(lines[3], lines[3].startsWith("bpohub_t_acme") && lines[3].contains("acme") && lines[3].contains("OK"));
        assertTrue(lines[4], lines[4].startsWith("bpohub_t_globex") && lines[4].contains("FAILED")
                && lines[4].contains("V7__contacts.sql: table exists"));
        assertEquals("1 of 3 databases FAILED; the others were migrated. Fix the errors shown and run bpo:migrate again.",
                lines[5]);
    }

    @Test
    public void summarySaysAllIsWellOnlyWhenItIs() {
        assertEquals("All 2 databases are up to date.", MigrateCommand.summary(List.of(
                new MigrationReport("c", null, true, "5", null), new MigrationReport("t", "acme", true, "5", null))));
        assertEquals("", MigrateCommand.summary(List.of()));
        assertTrue(MigrateCommand.summary(List.of(new MigrationReport("c", null, false, null, "down")))
                .startsWith("1 of 1 databases FAILED"));
    }
}
