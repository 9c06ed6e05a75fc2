package io.bpohub.platform.shell;

import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.Disposition;
import io.bpohub.platform.services.Offer;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

/** Base of the commands on one campaign of a tenant ({@code bpo:campaign-*}): tenant, then campaign key; how a campaign is shown. */
public abstract class CampaignCommand extends TenantWorkCommand {
    @Reference
    CampaignService campaignService;

    @Argument(index = 1, name = "campaign", description = "Campaign key", required = true)
    String key;

    /** The campaign's definition, then its dispositions as a table. */
    static void show(CampaignView c, PrintStream out) {
        new Details()
                .add("Campaign", c.key() + " (" + c.name() + ")")
                .add("Kind", c.kind())
                .add("State", c.state())
                .add("Dates", c.startDate() + (c.endDate() == null ? " onwards, no end date" : " to " + c.endDate()))
                .add("Mode", c.operatingMode() + (c.modeOverridden() ? " (the campaign's own)" : " (the tenant's)"))
                .add("Offer", offer(c.offer()))
                .add("Windows", windows(c.windows()))
                .add("Teams", c.teamIds() == null || c.teamIds().isEmpty() ? null
                        : c.teamIds().stream().map(String::valueOf).collect(Collectors.joining(", ")))
                .add("Script", c.scriptKey())
                .add("Cadence", cadence(c.cadence()))
                .add("Created", Format.time(c.createdAt()) + " by " + Format.text(c.createdBy()))
                .add("Changed", Format.time(c.changedAt()) + " by " + Format.text(c.changedBy()))
                .print(out);
        out.println();
        ShellTable table = new ShellTable().emptyTableText("No dispositions.");
        table.column("Key");
        table.column("Label");
        table.column("Result");
        table.column("Class");
        table.column("Stage");
        for (Disposition d : c.dispositions() == null ? List.<Disposition>of() : c.dispositions()) {
            table.addRow().addContent(d.key(), d.label(), d.result(), Format.text(d.intentClass()), Format.text(d.stage()));
        }
        table.print(out);
    }

    /** {@code Water purifier at 1999.00 / 2499.00 CNY; gets: free installation}, or null without an offer. */
    static String offer(Offer o) {
        if (o == null) return null;
        StringBuilder b = new StringBuilder(o.product());
        if (o.pricePoints() != null && !o.pricePoints().isEmpty()) {
            b.append(" at ").append(o.pricePoints().stream().map(BigDecimal::toPlainString).collect(Collectors.joining(" / ")))
                    .append(' ').append(Format.text(o.currency()));
        }
        if (o.customerGets() != null && !o.customerGets().isBlank()) b.append("; gets: ").append(o.customerGets().trim());
        return b.toString();
    }

    /** {@code 09:00-12:00, 14:00-18:00}. */
    static String windows(List<DialingWindow> windows) {
        return windows == null || windows.isEmpty() ? null
                : windows.stream().map(w -> w.start() + "-" + w.end()).collect(Collectors.joining(", "));
    }

    static String cadence(CadenceRules r) {
        return r == null ? null : "interested +" + r.interestedDays() + "d, considering +" + r.consideringDays() + "d, not now +"
                + r.notNowDays() + "d; no answer +" + r.noAnswerRedialMinutes() + "min, busy +" + r.busyRedialMinutes()
                + "min; stop after " + r.maxAttempts() + " unanswered in a row";
    }
}
