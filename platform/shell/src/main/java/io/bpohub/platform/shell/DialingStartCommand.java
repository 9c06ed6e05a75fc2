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
        detailedDescription = "Agents then join it from the desk (console or REST). Predictive mode keeps abandoned calls under "
                + "3 % of live answers in every 24 h and 30 days. Example: bpo:dialing-start --mode predictive acme spring")
@Service
public class DialingStartCommand extends DialingCommand {
    @Argument(index = 1, name = "campaign", description = "Campaign key", required = true)
    String campaign;

    @Option(name = "--mode", aliases = "-m", description = "preview, progressive (default) or predictive")
    @Completion(value = StringsCompleter.class, values = {"preview", "progressive", "predictive"})
    String mode = "progressive";

    @Override
    protected void run(Caller caller) {
        print(dialingService.start(caller, tenant, campaign, Format.parseEnum(DialMode.class, mode, "mode")), out());
    }
}
