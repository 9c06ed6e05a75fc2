package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.MigrationReport;
import io.bpohub.platform.services.TenantService;
import java.io.PrintStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "migrate",
        description = "Applies pending schema migrations to the control database and every tenant database",
        detailedDescription = "Does not stop at a failure: every database is tried and reported, one line each.")
@Service
public class MigrateCommand extends BpoCommand {
    @Reference
    TenantService tenantService;

    @Override
    protected void run(Caller caller) {
        print(tenantService.migrateAll(caller), out());
    }

    static void print(List<MigrationReport> reports, PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText("No databases to migrate.");
        table.column("Database");
        table.column("Tenant");
        table.column("Result");
        table.column("Schema");
        table.column("Error").maxSize(70).wrap();
        for (MigrationReport r : reports) {
            table.addRow().addContent(r.database(), Format.text(r.tenantSlug()), r.ok() ? "OK" : "FAILED",
                    Format.text(r.schemaVersion()), r.ok() ? "" : Format.text(r.error()));
        }
        table.print(out);
        String summary = summary(reports);
        if (!summary.isEmpty()) {
            out.println(summary);
        }
    }

    static String summary(List<MigrationReport> reports) {
        if (reports.isEmpty()) {
            return "";
        }
        long failed = reports.stream().filter(r -> !r.ok()).count();
        if (failed == 0) {
            return "All " + reports.size() + " databases are up to date.";
        }
        return failed + " of " + reports.size() + " databases FAILED; the others were migrated. "
                + "Fix the errors shown and run bpo:migrate again.";
    }
}
