package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.RatingReport;
import java.time.YearMonth;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "billing-rate", description = "Rates, or re-rates, a tenant's call records of one month",
        detailedDescription = "Uses the tenant's rate plan (bpo:rate-plan-assign). One charge per record; re-rating updates "
                + "changed charges in place and leaves the others as they are. A closed month is refused. "
                + "Example: bpo:billing-rate acme 2026-11")
@Service
public class BillingRateCommand extends BillingPeriodCommand {
    @Override
    protected void run(Caller caller, YearMonth month) {
        RatingReport report = billingService.rate(caller, tenant, month);
        out().println("Rated " + tenant + " for " + report.period() + ".");
        new Details()
                .add("Records", report.records())
                .add("New", report.inserted())
                .add("Changed", report.updated())
                .add("Unchanged", report.unchanged())
                .add("Total", Format.decimal(report.total()) + " " + Format.text(report.currency()))
                .print(out());
        if (report.failures() != null && !report.failures().isEmpty()) {
            out().println();
            out().println("Not priced (no charge; fix the rate plan or the records and rate again):");
            report.failures().forEach(f -> out().println("  " + f));
        }
    }
}
