package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "dialing-policy", description = "Shows a tenant's rules for abandoned calls",
        detailedDescription = "The limit, its two rolling windows, the connect time, the safe-harbor message and the no-redial time "
                + "every campaign of the tenant dials under. Change them with bpo:dialing-policy-set. Example: bpo:dialing-policy acme")
@Service
public class DialingPolicyCommand extends DialingCommand {
    @Override
    protected void run(Caller caller) {
        print(dialingService.policy(caller, tenant), out());
    }
}
