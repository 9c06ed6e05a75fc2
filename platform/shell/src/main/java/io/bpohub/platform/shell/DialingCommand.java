package io.bpohub.platform.shell;

import io.bpohub.platform.services.AgentDesk;
import io.bpohub.platform.services.DialingPolicy;
import io.bpohub.platform.services.DialingService;
import io.bpohub.platform.services.DialingView;
import java.io.PrintStream;
import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

/** Base of bpo:dialing-*: the dialing service, the tenant, and how a running campaign is shown. */
public abstract class DialingCommand extends BpoCommand {
    @Reference
    DialingService dialingService;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

    static void print(DialingView v, PrintStream out) {
        out.println("Campaign " + v.campaignKey() + ": " + v.mode() + (v.strategy() == null ? "" : " (" + v.strategy() + ")") + " on "
                + v.gateway() + " since " + Format.time(v.startedAt()) + " (" + v.startedBy() + ")");
        out.println("  agents ready " + v.agentsReady() + ", on call " + v.agentsOnCall() + ", wrap-up " + v.agentsInWrapUp()
                + ", paused " + v.agentsPaused() + "; calls ringing " + v.callsRinging() + ", waiting " + v.callsWaiting());
        out.println("  abandoned 24 h: " + v.abandoned24h() + " of " + v.liveAnswered24h() + " live answers (" + percent(v.abandonRate24h())
                + "), 30 days: " + percent(v.abandonRate30d()) + "; limit " + percent(v.abandonLimit()));
        if (v.agents().isEmpty()) return;
        ShellTable table = new ShellTable();
        table.column("Agent");
        table.column("State");
        table.column("Since");
        table.column("Contact");
        table.column("Reason");
        for (AgentDesk a : v.agents()) {
            table.addRow().addContent(a.agent() + (a.remotePhone() == null ? "" : " (remote " + a.remotePhone() + ")"),
                    a.state() + (a.consulting() != null ? " (consulting " + a.consulting() + ")" : a.onHold() ? " (hold)" : ""), Format.time(a.since()), Format.text(a.contactId()), Format.text(a.pauseReason()));
        }
        table.print(out);
    }

    /** A tenant's abandon rules, as bpo:dialing-policy and bpo:dialing-policy-set show them. */
    static void print(DialingPolicy p, PrintStream out) {
        out.println("Abandoned calls at most " + percent(p.abandonLimit()) + " of live answers over every " + p.shortWindowHours() + " h and every "
                + p.longWindowDays() + " days");
        out.println("  an answered call waits at most " + p.connectWithinMillis() + " ms for an agent, then hears " + p.safeHarborMessage());
        out.println("  " + (p.noRedialHours() == 0 ? "abandoned numbers may be dialled again at once"
                : "abandoned numbers are not dialled again for " + p.noRedialHours() + " h"));
        out.println(p.updatedBy() == null ? "  (the platform's defaults)" : "  set by " + p.updatedBy() + " at " + Format.time(p.updatedAt()));
    }

    static String percent(BigDecimal rate) {
        return rate == null ? "no live answers yet" : rate.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
