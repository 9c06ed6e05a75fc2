package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.LabourRate;
import io.bpohub.platform.services.MarginService;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "labour-rate-list", description = "Lists the agency agents' and teams' labour rates")
@Service
public class LabourRateListCommand extends BpoCommand {
    @Reference
    MarginService marginService;

    @Override
    protected void run(Caller caller) {
        ShellTable table = new ShellTable().emptyTableText("No labour rates yet; add one with bpo:labour-rate-set.");
        table.column("Agent");
        table.column("Team").alignRight();
        table.column("Per hour").alignRight();
        table.column("Currency");
        table.column("From");
        for (LabourRate r : marginService.labourRates(caller)) {
            table.addRow().addContent(Format.text(r.agent()), Format.text(r.teamId()), Format.decimal(r.perHour()), r.currency(), r.effectiveFrom());
        }
        table.print(out());
    }
}
