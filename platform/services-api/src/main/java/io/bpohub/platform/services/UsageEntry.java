package io.bpohub.platform.services;

import io.bpohub.api.billing.SourceType;
import io.bpohub.api.routing.Handler;
import java.time.Instant;

/**
 * Billable work other than a call: a message sent (quantity = parts), an outsourced seat interval
 * (seconds), a successful order (quantity = orders). {@code reference} names the record it comes from
 * in its own system (message id, agent session, order number).
 */
public record UsageEntry(SourceType type, Instant startedAt, long seconds, long quantity, String channel, Handler handler,
                         String campaign, String agent, String reference) {
}
