package io.bpohub.platform.shell;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.ChargeType;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.Page;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "billing-charges", description = "Lists a tenant's charges of one month, one per usage record",
        detailedDescription = "The drill-down behind bpo:billing-summary and the invoice lines, in record order. Unit price "
                + "is the price of one unit, or of the number of units after 'per' (talk seconds are priced per minute: per 60; "
                + "seat seconds per agent-hour: per 3600). Rule says which destination, band, increments, fees and minimum "
                + "priced the record. Example: bpo:billing-charges --type TALK --page 2 --size 100 acme 2026-11")
@Service
public class BillingChargesCommand extends BillingPeriodCommand {
    @Option(name = "--type", aliases = "-t", description = "Only charges of this type, e.g. TALK, SEAT, MESSAGE, CARRIER_COST")
    @Completion(value = StringsCompleter.class, values = {"TALK", "ATTEMPT", "MESSAGE", "SEAT", "COMMISSION", "PLATFORM_FEE",
            "NOT_CHARGED", "CARRIER_COST"})
    String type;

    @Option(name = "--page", aliases = "-p", description = "Page to show, counting from 0")
    int page = 0;

    @Option(name = "--size", aliases = "-n", description = "Rows per page (1.." + Page.MAX_SIZE + ")")
    int size = PagedCommand.DEFAULT_SIZE;

    @Override
    protected void run(Caller caller, YearMonth month) {
        // refused here, before the service is asked: any case and - for _ as elsewhere in the shell
        String chargeType = type == null ? null : Format.parseEnum(ChargeType.class, type, "type").name();
        Page.check(page, size);
        Page<Charge> charges = billingService.charges(caller, tenant, month, chargeType, page, size);
        String what = chargeType == null ? "Charges" : chargeType + " charges";
        out().println(what + " of " + tenant + " for " + month + ":");
        ShellTable table = new ShellTable().emptyTableText(charges.total() > 0 ? "None on this page."
                : "No charges" + (chargeType == null ? "" : " of type " + chargeType) + "; rate the month with bpo:billing-rate "
                + tenant + " " + month + ".");
        table.column("Source");
        table.column("Type");
        table.column("Quantity").alignRight();
        table.column("Unit");
        table.column("Unit price").alignRight();
        table.column("Amount").alignRight();
        table.column("Currency");
        table.column("Rule").maxSize(60).wrap();
        for (Charge c : charges.items()) {
            String unitPrice = Format.decimal(c.unitPrice()) + (c.pricedPer() == 1 ? "" : " per " + c.pricedPer());
            table.addRow().addContent(c.sourceType() + " " + c.sourceId(), c.type(), Format.decimal(c.quantity()), c.unit(), unitPrice,
                    Format.decimal(c.amount()), c.currency(), c.rule());
        }
        table.print(out());
        String footer = PagedCommand.footer(charges);
        if (!footer.isEmpty()) {
            out().println(footer);
        }
    }
}
