package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "dialing-stop", description = "Stops dialing a campaign; calls in progress end normally",
        detailedDescription = "Example: bpo:dialing-stop acme spring")
@Service
public class DialingStopCommand extends DialingCommand {
    @Argument(index = 1, name = "campaign", description = "Campaign key", required = true)
    String campaign;

    @Override
    protected void run(Caller caller) {
        dialingService.stop(caller, tenant, campaign);
        out().println("Campaign " + campaign + " of " + tenant + " stopped dialing; calls in progress end normally and are recorded.");
    }
}
