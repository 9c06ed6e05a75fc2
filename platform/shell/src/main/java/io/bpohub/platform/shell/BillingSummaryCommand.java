package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ChargeSummary;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "billing-summary", description = "Shows a tenant's charges of one month by charge type",
        detailedDescription = "Quantity is in the charge type's unit: seconds for TALK and SEAT, parts for MESSAGE, orders "
                + "for COMMISSION. A total line per currency. Example: bpo:billing-summary acme 2026-11")
@Service
public class BillingSummaryCommand extends BillingPeriodCommand {
    static final String TOTAL = "Total";

    @Override
    protected void run(Caller caller, YearMonth month) {
        List<ChargeSummary> rows = billingService.summary(caller, tenant, month);
        out().println("Charges of " + tenant + " for " + month + ":");
        ShellTable table = new ShellTable().emptyTableText("No charges; rate the month with bpo:billing-rate " + tenant + " "
                + month + ".");
        table.column("Charge type");
        table.column("Charges").alignRight();
        table.column("Quantity").alignRight();
        table.column("Amount").alignRight();
        table.column("Currency");
        Map<String, Long> charges = new TreeMap<>();
        Map<String, BigDecimal> amounts = new TreeMap<>();
        for (ChargeSummary s : rows) {
            table.addRow().addContent(s.chargeType(), s.charges(), Format.decimal(s.quantity()), Format.decimal(s.amount()),
                    Format.text(s.currency()));
            String currency = Format.text(s.currency());
            charges.merge(currency, s.charges(), Long::sum);
            amounts.merge(currency, s.amount() == null ? BigDecimal.ZERO : s.amount(), BigDecimal::add);
        }
        // quantities of different charge types are in different units: they are not added up
        amounts.forEach((currency, amount) -> table.addRow().addContent(TOTAL, charges.get(currency), "",
                Format.decimal(amount), currency));
        table.print(out());
    }
}
