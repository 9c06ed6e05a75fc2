package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.MarginLine;
import io.bpohub.platform.services.MarginReport;
import io.bpohub.platform.services.MarginService;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "billing-margins", description = "Shows the agency's revenue, costs and margin of a tenant's month",
        detailedDescription = "Revenue is the month's charges; carrier cost the calls' costs (bpo:billing-terms-set --cost-table); "
                + "labour cost the agency seat time at the agents' or teams' rates (bpo:labour-rate-set). Grouped by campaign, "
                + "agent or team. Example: bpo:billing-margins --by TEAM acme 2026-11")
@Service
public class BillingMarginsCommand extends BillingPeriodCommand {
    @Reference
    MarginService marginService;

    @Option(name = "--by", aliases = "-b", description = "CAMPAIGN (default), AGENT or TEAM")
    @Completion(value = StringsCompleter.class, values = {"CAMPAIGN", "AGENT", "TEAM"})
    String by = "CAMPAIGN";

    @Override
    protected void run(Caller caller, YearMonth month) {
        MarginReport report = marginService.margins(caller, tenant, month, by);
        out().println("Margins of " + report.tenant() + " for " + report.period() + " by " + report.groupBy().toLowerCase(java.util.Locale.ROOT)
                + " (" + report.currency() + "):");
        ShellTable table = new ShellTable().emptyTableText("No charges; rate the month with bpo:billing-rate " + tenant + " " + month + ".");
        table.column(report.groupBy().charAt(0) + report.groupBy().substring(1).toLowerCase(java.util.Locale.ROOT));
        table.column("Revenue").alignRight();
        table.column("Carrier cost").alignRight();
        table.column("Labour cost").alignRight();
        table.column("Margin").alignRight();
        table.column("Charges").alignRight();
        for (MarginLine line : report.lines()) row(table, line);
        if (!report.lines().isEmpty()) row(table, report.total());
        table.print(out());
        report.notes().forEach(note -> out().println("Note: " + note));
    }

    private static void row(ShellTable table, MarginLine line) {
        table.addRow().addContent(line.key(), Format.decimal(line.revenue()), Format.decimal(line.carrierCost()),
                Format.decimal(line.labourCost()), line.margin() == null ? Format.NONE : Format.decimal(line.margin()), line.charges());
    }
}
