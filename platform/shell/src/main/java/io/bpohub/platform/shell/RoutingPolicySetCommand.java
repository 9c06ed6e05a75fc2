package io.bpohub.platform.shell;

import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "routing-policy-set", description = "Sets a tenant's routing policy, or a campaign's override of it",
        detailedDescription = "Sets the whole policy: what is left out is off. Examples: bpo:routing-policy-set --mode "
                + "HYBRID --overflow-after 45 --overflow-when-busy acme; bpo:routing-policy-set --mode OUTSOURCED "
                + "--campaign survey --temporary-project acme")
@Service
public class RoutingPolicySetCommand extends RoutingCommand {
    @Option(name = "--mode", aliases = "-m", description = "Who staffs the work: IN_HOUSE, OUTSOURCED or HYBRID", required = true)
    @Completion(value = StringsCompleter.class, values = {"IN_HOUSE", "OUTSOURCED", "HYBRID"})
    String mode;

    @Option(name = "--overflow-after", description = "Seconds a call may wait before the agency takes it; left out: never")
    Integer overflowAfter;

    @Option(name = "--overflow-when-busy", description = "The agency takes the call when no in-house agent is available")
    boolean overflowWhenBusy;

    @Option(name = "--temporary-project", description = "A temporary project (survey, peak): the agency handles all of it")
    boolean temporaryProject;

    @Override
    protected void run(Caller caller) {
        RoutingPolicy policy = new RoutingPolicy(Format.parseEnum(OperatingMode.class, mode, "mode"), overflowAfter,
                overflowWhenBusy, temporaryProject);
        RoutingPolicy saved = routingPolicyService.setPolicy(caller, tenant, campaign, policy);
        out().println("Routing policy of " + subject() + " set.");
        print(saved, out());
    }
}
