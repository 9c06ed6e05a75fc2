package io.bpohub.api.routing;

import java.time.Instant;
import java.util.List;

/** Decides who handles work; the dialer, the inbound ACD and reports use it. */
public interface RoutingService {
    RoutingDecision decide(RoutingQuestion question);

    /** Who handles the tenant's (campaign's) work between two instants, without overflow, as spans. */
    List<HandlerSpan> timeline(String tenant, String campaign, Instant from, Instant to);
}
