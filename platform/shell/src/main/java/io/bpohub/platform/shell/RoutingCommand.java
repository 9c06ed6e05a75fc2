package io.bpohub.platform.shell;

import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.platform.services.RoutingPolicyService;
import java.io.PrintStream;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * Base of the {@code bpo:routing-*} commands: the policy service, the tenant (always the first argument),
 * {@code --campaign}, and how a policy is shown.
 */
public abstract class RoutingCommand extends BpoCommand {
    @Reference
    RoutingPolicyService routingPolicyService;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

    @Option(name = "--campaign", aliases = "-c", description = "A campaign's key; left out: the tenant's own policy")
    String campaign;

    /** {@code acme}, or {@code campaign spring of acme}. */
    String subject() {
        return campaign == null ? tenant : "campaign " + campaign + " of " + tenant;
    }

    static void print(RoutingPolicy p, PrintStream out) {
        new Details()
                .add("Mode", p.mode())
                .add("Overflow after", overflowAfter(p))
                .add("Overflow when in-house busy", Format.yesNo(p.overflowWhenInHouseBusy()))
                .add("Temporary project", Format.yesNo(p.temporaryProject()))
                .print(out);
    }

    static String overflowAfter(RoutingPolicy p) {
        return p.overflowAfterSeconds() == null ? "never" : p.overflowAfterSeconds() + " s of waiting";
    }
}
