package io.bpohub.api.routing;

import java.time.Instant;

/**
 * "Who handles this now?" {@code campaign} may be null (tenant policy); {@code inHouseAgentAvailable}
 * and {@code waitedSeconds} feed the overflow rules (an outbound attempt passes true and 0).
 */
public record RoutingQuestion(String tenant, String campaign, Instant at, boolean inHouseAgentAvailable, int waitedSeconds) {
}
