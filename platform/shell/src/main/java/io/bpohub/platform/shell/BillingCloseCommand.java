package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "billing-close", description = "Closes a tenant's billing month: its charges are final",
        detailedDescription = "Issuing the month's invoice (bpo:invoice-issue) closes it too. Re-rating a closed month "
                + "leaves its charges as they are and writes each difference as an adjustment, for a credit note or the "
                + "next invoice. Example: bpo:billing-close acme 2026-11")
@Service
public class BillingCloseCommand extends BillingPeriodCommand {
    @Override
    protected void run(Caller caller, YearMonth month) {
        billingService.closePeriod(caller, tenant, month);
        out().println("Billing period " + month + " of " + tenant + " closed: its charges are final; re-rating it writes "
                + "adjustments instead, for a credit note or the next invoice.");
    }
}
