package io.bpohub.platform.shell;

import io.bpohub.api.billing.CostTable;
import io.bpohub.platform.services.Caller;
import java.nio.file.Path;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "bpo", name = "cost-table-import", description = "Creates or replaces a carrier cost table from a JSON file",
        detailedDescription = "The file holds one cost table as the REST API takes it (PUT /cost-tables/{id}): what carriers "
                + "charge the agency per trunk and destination prefix, in effective-dated versions. A table with the same id "
                + "is replaced. A tenant's calls are costed with the table of its terms (bpo:billing-terms-set --cost-table); "
                + "costs already rated change when the month is rated again. The file is read on the Karaf server; a relative "
                + "path starts at the shell's current directory. Example: bpo:cost-table-import /opt/billing/pldt-2026.json")
@Service
public class CostTableImportCommand extends BillingCommand {
    @Argument(index = 0, name = "file", description = "Path of the cost table's JSON file on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected void run(Caller caller) {
        Path path = path(file);
        CostTable table = JsonFiles.read(path, CostTable.class, "cost table");
        CostTable saved = billingService.saveCostTable(caller, table);
        out().println("Cost table " + saved.id() + " saved from " + path.getFileName() + "; call costs already rated change when "
                + "their month is rated again with bpo:billing-rate.");
        costTables(List.of(saved), out());
    }
}
