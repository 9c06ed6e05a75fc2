package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DialingPolicy;
import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "dialing-policy-set", description = "Sets a tenant's rules for abandoned calls (stricter than the defaults only)",
        detailedDescription = "Options not given keep their current value. The limit is at most 0.03 (3 %) and the connect time at most "
                + "2000 ms: the US and UK ceilings. Running campaigns follow the new rules at once (their windows "
                + "counted again from their call records), and campaigns started later dial under them. Example: bpo:dialing-policy-set --limit 0.02 --no-redial-hours 0 acme")
@Service
public class DialingPolicySetCommand extends DialingCommand {
    @Option(name = "--limit", description = "Highest share of live answers abandoned, e.g. 0.02 for 2 %")
    String limit;
    @Option(name = "--short-window-hours", description = "The rolling window the limit holds in besides the long one (e.g. 24)")
    Integer shortWindowHours;
    @Option(name = "--long-window-days", description = "The longer rolling window (e.g. 30)")
    Integer longWindowDays;
    @Option(name = "--connect-within-ms", description = "How long an answered call may wait for an agent (500 to 2000)")
    Integer connectWithinMillis;
    @Option(name = "--safe-harbor", description = "The gateway's name of the message an abandoned call hears")
    String safeHarbor;
    @Option(name = "--no-redial-hours", description = "Hours an abandoned number is not dialled again (0: no such rule)")
    Integer noRedialHours;

    @Override
    protected void run(Caller caller) {
        DialingPolicy now = dialingService.policy(caller, tenant);
        BigDecimal newLimit;
        try {
            newLimit = limit == null ? now.abandonLimit() : new BigDecimal(limit.strip());
        } catch (NumberFormatException e) {
            throw PlatformException.invalid("abandonLimit", "--limit is a share such as 0.02, not " + limit);
        }
        DialingPolicy saved = dialingService.setPolicy(caller, tenant, new DialingPolicy(newLimit,
                shortWindowHours == null ? now.shortWindowHours() : shortWindowHours, longWindowDays == null ? now.longWindowDays() : longWindowDays,
                connectWithinMillis == null ? now.connectWithinMillis() : connectWithinMillis, safeHarbor == null ? now.safeHarborMessage() : safeHarbor,
                noRedialHours == null ? now.noRedialHours() : noRedialHours, null, null));
        print(saved, out());
        out().println("The campaigns of " + tenant + " dial under these rules from now on, those running too.");
    }
}
