package io.bpohub.api.routing;

import io.bpohub.api.tenant.OperatingMode;

/**
 * How a tenant's (or one campaign's) work is split.
 *
 * @param overflowAfterSeconds     a call waiting longer than this goes to the agency; null = never
 * @param overflowWhenInHouseBusy  a call goes to the agency when no in-house agent is available
 * @param temporaryProject         a temporary project (survey, peak) handled entirely by the agency
 */
public record RoutingPolicy(OperatingMode mode, Integer overflowAfterSeconds, boolean overflowWhenInHouseBusy,
                            boolean temporaryProject) {
}
