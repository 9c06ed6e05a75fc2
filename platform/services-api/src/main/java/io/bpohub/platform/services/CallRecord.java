package io.bpohub.platform.services;

import io.bpohub.api.routing.Handler;
import java.time.Instant;

/** A finished call as the dialer or ACD records it; {@code handler} is the routing decision's outcome. */
public record CallRecord(Instant startedAt, int talkSeconds, String destination, Handler handler, String trunk,
                         String campaign, String agent, String result) {
}
