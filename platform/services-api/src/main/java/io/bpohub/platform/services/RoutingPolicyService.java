package io.bpohub.platform.services;

import io.bpohub.api.routing.RoutingPolicy;
import java.util.Map;

/** A tenant's routing policy and its per-campaign overrides. */
public interface RoutingPolicyService {
    /** The policy in force for the campaign (its override, else the tenant's); campaign may be null. */
    RoutingPolicy policy(Caller caller, String tenant, String campaign);

    /** Tenant default under key "" and every campaign override. */
    Map<String, RoutingPolicy> policies(Caller caller, String tenant);

    RoutingPolicy setPolicy(Caller caller, String tenant, String campaign, RoutingPolicy policy);

    /** Removes a campaign's override so it follows the tenant's policy again. */
    void clearOverride(Caller caller, String tenant, String campaign);
}
