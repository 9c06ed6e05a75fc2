package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.LabourRate;
import io.bpohub.platform.services.MarginService;
import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "labour-rate-set", description = "Sets what an hour of an agency agent's or team's seat time costs",
        detailedDescription = "From the given date on; an agent's own rate wins over the team's. Used by bpo:billing-margins. "
                + "Example: bpo:labour-rate-set --team 12 --per-hour 30.00 --currency CNY --from 2026-01-01")
@Service
public class LabourRateSetCommand extends BpoCommand {
    @Reference
    MarginService marginService;

    @Option(name = "--agent", description = "An agency agent's username")
    String agent;

    @Option(name = "--team", description = "An agency team's id (bpo:org-tree agency)")
    Long team;

    @Option(name = "--per-hour", required = true, description = "Cost of one hour of seat time, e.g. 30.00")
    String perHour;

    @Option(name = "--currency", required = true, description = "ISO currency, e.g. CNY")
    String currency;

    @Option(name = "--from", required = true, description = "First day the rate applies, YYYY-MM-DD")
    String from;

    @Override
    protected void run(Caller caller) {
        BigDecimal price;
        try {
            price = new BigDecimal(perHour);
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("perHour", "'" + perHour + "' is not a number; write it like 30.00");
        }
        LabourRate saved = marginService.saveLabourRate(caller, new LabourRate(agent, team, price, currency, Format.date(from, "from")));
        out().println("Labour rate of " + (saved.agent() != null ? saved.agent() : "team " + saved.teamId()) + ": "
                + Format.decimal(saved.perHour()) + " " + saved.currency() + " per hour from " + saved.effectiveFrom() + ".");
    }
}
