package io.bpohub.platform.shell;

import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.platform.services.Caller;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

@Command(scope = "bpo", name = "routing-policy", description = "Shows how a tenant's work is split between in-house and agency",
        detailedDescription = "Without --campaign: the tenant's policy and every campaign override. With --campaign: the "
                + "policy in force for that campaign (its override, else the tenant's).")
@Service
public class RoutingPolicyCommand extends RoutingCommand {
    static final String TENANT_ROW = "(tenant)";

    @Override
    protected void run(Caller caller) {
        if (campaign != null) {
            RoutingPolicy policy = routingPolicyService.policy(caller, tenant, campaign);
            out().println("Routing policy in force for " + subject() + ":");
            print(policy, out());
            return;
        }
        Map<String, RoutingPolicy> policies = routingPolicyService.policies(caller, tenant);
        ShellTable table = new ShellTable();
        table.column("Campaign");
        table.column("Mode");
        table.column("Overflow after");
        table.column("Overflow when busy");
        table.column("Temporary project");
        policies.forEach((key, p) -> table.addRow().addContent(key.isEmpty() ? TENANT_ROW : key, p.mode(), overflowAfter(p),
                Format.yesNo(p.overflowWhenInHouseBusy()), Format.yesNo(p.temporaryProject())));
        table.print(out());
        if (policies.keySet().stream().allMatch(String::isEmpty)) {
            out().println("No campaign overrides: every campaign of " + tenant + " follows the tenant's policy.");
        }
    }
}
