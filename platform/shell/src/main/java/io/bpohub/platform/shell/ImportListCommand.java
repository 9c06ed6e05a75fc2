package io.bpohub.platform.shell;

import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.platform.services.Caller;
import java.util.List;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "import-list", description = "Lists a tenant's contact imports, newest first",
        detailedDescription = "Qualification is accepted / rows read. Example: bpo:import-list --campaign spring acme")
@Service
public class ImportListCommand extends ImportCommand {
    @Option(name = "--campaign", aliases = "-c", description = "Only imports into this campaign")
    String campaign;

    @Option(name = "--state", aliases = "-s", description = "RUNNING, COMPLETED or FAILED")
    String state;

    @Option(name = "--limit", aliases = "-n", description = "At most this many (1..500)")
    int limit = 50;

    @Override
    protected void run(Caller caller) {
        ImportState filter = state == null ? null : Format.parseEnum(ImportState.class, state, "state");
        List<ImportSummary> imports = importService.imports(caller, tenant, campaign, filter, limit);
        if (imports.isEmpty()) {
            out().println("No imports for " + tenant + "; start one with bpo:import-start.");
            return;
        }
        ShellTable table = new ShellTable();
        for (String c : List.of("Id", "Campaign", "File", "State", "Read", "Accepted", "Rejected", "Qualification", "Started")) table.column(c);
        for (ImportSummary s : imports) {
            table.addRow().addContent(s.importId(), s.campaignKey(), s.fileName(), s.state(), s.rowsRead(), s.accepted(), s.rejected(),
                    Format.text(s.qualificationRate()), Format.time(s.startedAt()));
        }
        table.print(out());
    }
}
