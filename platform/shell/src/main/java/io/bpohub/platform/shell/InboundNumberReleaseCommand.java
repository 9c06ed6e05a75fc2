package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "inbound-number-release", description = "Takes an inbound number away from a tenant",
        detailedDescription = "Calls to the number no longer reach the tenant; calls in progress end normally. "
                + "Example: bpo:inbound-number-release acme +861088886666")
@Service
public class InboundNumberReleaseCommand extends InboundCommand {
    @Argument(index = 1, name = "number", description = "The number, E.164 (e.g. +861088886666)", required = true)
    String number;

    @Override
    protected void run(Caller caller) {
        inboundService.releaseNumber(caller, tenant, number);
        out().println(number + " no longer brings calls to " + tenant + ".");
    }
}
