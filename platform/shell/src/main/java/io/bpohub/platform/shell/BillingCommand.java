package io.bpohub.platform.shell;

import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.platform.services.BillingService;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

/** Base of the {@code bpo:rate-plan-*} and {@code bpo:billing-*} commands: the billing service and how rate plans are shown. */
public abstract class BillingCommand extends BpoCommand {
    static final String TENANT = "Tenant slug";

    @Reference
    BillingService billingService;

    /**
     * One row per plan version, by plan id then effective date; the plan's own columns are filled on its
     * first row. A version applies from local midnight of its date (in the plan's zone) until the next one starts.
     */
    static void plans(List<RatePlan> plans, PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText("No rate plans yet; import one with bpo:rate-plan-import <file>.");
        table.column("Plan");
        table.column("Currency");
        table.column("Scale").alignRight();
        table.column("Rounding");
        table.column("Zone");
        table.column("Agency only");
        table.column("Version").alignRight();
        table.column("From");
        table.column("Until");
        table.column("Destinations").alignRight();
        List<RatePlan> sorted = new ArrayList<>(plans);
        sorted.sort(Comparator.comparing(RatePlan::id));
        for (RatePlan plan : sorted) {
            List<RatePlanVersion> versions = new ArrayList<>(plan.versions());
            versions.sort(Comparator.comparing(RatePlanVersion::effectiveFrom));
            for (int i = 0; i < versions.size(); i++) {
                RatePlanVersion v = versions.get(i);
                String until = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom().minusDays(1).toString() : Format.NONE;
                if (i == 0) {
                    table.addRow().addContent(plan.id(), plan.currency(), plan.scale(), plan.rounding(), plan.zone(),
                            Format.yesNo(plan.agencyOnly()), v.version(), v.effectiveFrom(), until, v.destinations().size());
                } else {
                    table.addRow().addContent("", "", "", "", "", "", v.version(), v.effectiveFrom(), until, v.destinations().size());
                }
            }
        }
        table.print(out);
    }
}
