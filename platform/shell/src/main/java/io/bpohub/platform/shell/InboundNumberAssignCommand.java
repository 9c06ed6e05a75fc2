package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.InboundNumberView;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "inbound-number-assign", description = "Assigns an inbound number to a tenant",
        detailedDescription = "Calls to the number then follow the tenant's inbound plan (see bpo:inbound-plan). The number is "
                + "E.164; a number another tenant has is refused. Example: bpo:inbound-number-assign acme +861088886666")
@Service
public class InboundNumberAssignCommand extends InboundCommand {
    @Argument(index = 1, name = "number", description = "The number, E.164 (e.g. +861088886666)", required = true)
    String number;

    @Override
    protected void run(Caller caller) {
        InboundNumberView n = inboundService.assignNumber(caller, tenant, number);
        out().println(n.number() + " now brings calls to " + n.tenant() + " (assigned by " + n.assignedBy() + " at "
                + Format.time(n.assignedAt()) + ").");
    }
}
