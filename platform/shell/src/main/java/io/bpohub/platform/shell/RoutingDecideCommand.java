package io.bpohub.platform.shell;

import io.bpohub.api.calendar.Openness;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "routing-decide", description = "Says who handles a tenant's call at a moment, by which rule and why",
        detailedDescription = "Without --at: now. --in-house-busy and --waited feed the overflow rules. Needs the "
                + "bpohub-routing feature. Example: bpo:routing-decide --at 2026-02-17T02:00:00Z --waited 30 acme")
@Service
public class RoutingDecideCommand extends RoutingServiceCommand {
    @Option(name = "--at", description = "The moment, in UTC, e.g. 2026-02-17T02:00:00Z; left out: now")
    String at;

    @Option(name = "--in-house-busy", description = "No in-house agent is available")
    boolean inHouseBusy;

    @Option(name = "--waited", description = "Seconds the call has waited so far (default 0)")
    int waited;

    @Override
    protected void run(Caller caller) {
        Instant when = at == null ? clock.instant() : Format.instant(at, "--at");
        if (waited < 0) {
            throw PlatformException.invalid("waited", "--waited is how many seconds the call has waited: 0 or more");
        }
        RoutingDecision decision = routing(caller).decide(new RoutingQuestion(tenant, campaign, when, !inHouseBusy, waited));
        Details details = new Details()
                .add("Question", subject() + " at " + Format.time(when) + ", in-house agents "
                        + (inHouseBusy ? "busy" : "available") + ", waited " + waited + " s")
                .add("Handler", decision.handler())
                .add("Rule", decision.rule())
                .add("Explanation", decision.explanation());
        if (decision.calendar() != null) {
            details.add("Calendar", calendar(decision.calendar()));
        }
        details.print(out());
    }

    /** {@code closed (HOLIDAY), Tue 2026-02-17 10:00 in Asia/Manila}. */
    static String calendar(Openness o) {
        return (o.open() ? "open" : "closed") + " (" + o.rule() + "), "
                + (o.localTime() == null ? Format.NONE : Format.local(o.localTime())) + " in " + o.zone();
    }
}
