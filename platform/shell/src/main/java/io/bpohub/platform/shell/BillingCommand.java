package io.bpohub.platform.shell;

import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.CostTableVersion;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.RatingReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * Base of the billing commands ({@code bpo:rate-plan-*}, {@code bpo:cost-table-*}, {@code bpo:billing-*},
 * {@code bpo:invoice-*}, {@code bpo:job}): the billing service and how price lists and rating reports are shown.
 */
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

    /** One row per cost table version, as {@link #plans} shows rate plans. */
    static void costTables(List<CostTable> tables, PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText("No cost tables yet; import one with bpo:cost-table-import <file>.");
        table.column("Cost table");
        table.column("Currency");
        table.column("Scale").alignRight();
        table.column("Rounding");
        table.column("Zone");
        table.column("Version").alignRight();
        table.column("From");
        table.column("Until");
        table.column("Rates").alignRight();
        List<CostTable> sorted = new ArrayList<>(tables);
        sorted.sort(Comparator.comparing(CostTable::id));
        for (CostTable t : sorted) {
            List<CostTableVersion> versions = new ArrayList<>(t.versions());
            versions.sort(Comparator.comparing(CostTableVersion::effectiveFrom));
            for (int i = 0; i < versions.size(); i++) {
                CostTableVersion v = versions.get(i);
                String until = i + 1 < versions.size() ? versions.get(i + 1).effectiveFrom().minusDays(1).toString() : Format.NONE;
                if (i == 0) {
                    table.addRow().addContent(t.id(), t.currency(), t.scale(), t.rounding(), t.zone(), v.version(), v.effectiveFrom(),
                            until, v.rates().size());
                } else {
                    table.addRow().addContent("", "", "", "", "", v.version(), v.effectiveFrom(), until, v.rates().size());
                }
            }
        }
        table.print(out);
    }

    /**
     * The counts and total of a rating run; for a closed month, that its invoiced charges stayed as they
     * were and where the differences went; then the records that could not be priced.
     */
    static void report(RatingReport report, PrintStream out) {
        new Details()
                .add("Records", report.records())
                .add("New", report.inserted())
                .add("Changed", report.updated())
                .add("Unchanged", report.unchanged())
                .add("Adjusted", report.adjusted())
                .add("Total", Format.decimal(report.total()) + " " + Format.text(report.currency()))
                .print(out);
        if (report.closedPeriod()) {
            out.println();
            if (report.adjusted() == 0) {
                out.println(report.period() + " is closed: its invoiced charges did not change, and none needed a correction.");
            } else {
                out.println(report.period() + " is closed: its invoiced charges did not change. The " + report.adjusted()
                        + (report.adjusted() == 1 ? " correction is an adjustment" : " corrections are adjustments")
                        + ", for a credit note (bpo:credit-note-issue " + report.tenant() + " " + report.period()
                        + ") or the next invoice.");
            }
        }
        if (report.failures() != null && !report.failures().isEmpty()) {
            out.println();
            out.println("Not priced (no charge; fix the rate plan or the records and rate again):");
            report.failures().forEach(f -> out.println("  " + f));
        }
    }
}
