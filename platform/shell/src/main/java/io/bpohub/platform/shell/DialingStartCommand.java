package io.bpohub.platform.shell;

import io.bpohub.api.dialer.DialMode;
import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "dialing-start", description = "Starts dialing a campaign on the telephony gateway",
        detailedDescription = "Agents then join it from the desk (console or REST). The campaign dials under the tenant's abandon "
                + "rules (bpo:dialing-policy; by default abandoned calls stay under 3 % of live answers in every 24 h and 30 days). A "
                + "predictive campaign may name its pacing strategy. Example: bpo:dialing-start --mode predictive --strategy "
                + "vicidial-adapt-tapered acme spring")
@Service
public class DialingStartCommand extends DialingCommand {
    @Argument(index = 1, name = "campaign", description = "Campaign key", required = true)
    String campaign;

    @Option(name = "--mode", aliases = "-m", description = "preview, progressive (default) or predictive")
    @Completion(value = StringsCompleter.class, values = {"preview", "progressive", "predictive"})
    String mode = "progressive";

    @Option(name = "--strategy", aliases = "-s", description = "Pacing strategy of a predictive campaign (default: the dialer's own), "
            + "e.g. bpohub-forecast, vicidial-adapt-tapered, vicidial-adapt-hard-limit")
    @Completion(value = StringsCompleter.class, values = {"bpohub-forecast", "vicidial-adapt-tapered", "vicidial-adapt-hard-limit", "progressive"})
    String strategy;

    @Override
    protected void run(Caller caller) {
        print(dialingService.start(caller, tenant, campaign, Format.parseEnum(DialMode.class, mode, "mode"), strategy), out());
    }
}
