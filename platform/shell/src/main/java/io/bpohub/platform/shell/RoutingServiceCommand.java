package io.bpohub.platform.shell;

import io.bpohub.api.routing.RoutingService;
import io.bpohub.platform.services.Caller;
import java.time.Clock;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** Base of the routing commands that ask the {@link RoutingService} of the hot-deployable routing bundle. */
public abstract class RoutingServiceCommand extends RoutingCommand {
    @Reference(optional = true)
    RoutingService routingService;

    /** Where "now" comes from. */
    Clock clock = Clock.systemUTC();

    /**
     * The routing service, once the operator is known to be allowed to read the tenant's routing: the
     * service takes no caller, so the policy is read first with the operator's caller, as REST does.
     */
    RoutingService routing(Caller caller) {
        routingPolicyService.policy(caller, tenant, campaign);
        return pluggable(routingService, "routing");
    }
}
