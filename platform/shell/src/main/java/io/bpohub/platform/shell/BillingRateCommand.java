package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.RatingReport;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "billing-rate", description = "Rates, or re-rates, a tenant's usage records of one month",
        detailedDescription = "Uses the tenant's rate plan (bpo:rate-plan-assign). One charge per record; re-rating updates "
                + "changed charges in place and leaves the others as they are. A closed (invoiced) month is rated too, but "
                + "its invoiced charges never change: each difference becomes an adjustment, settled by a credit note "
                + "(bpo:credit-note-issue) or the next invoice. Waits until the month is rated; for a large month use "
                + "bpo:billing-rate-job. Example: bpo:billing-rate acme 2026-11")
@Service
public class BillingRateCommand extends BillingPeriodCommand {
    @Override
    protected void run(Caller caller, YearMonth month) {
        RatingReport report = billingService.rate(caller, tenant, month);
        out().println("Rated " + tenant + " for " + report.period() + ".");
        report(report, out());
    }
}
