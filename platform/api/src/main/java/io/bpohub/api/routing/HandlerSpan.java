package io.bpohub.api.routing;

import java.time.Instant;

/** A stretch of time during which one handler takes the work, for timelines. */
public record HandlerSpan(Instant from, Instant to, Handler handler, String rule, String label) {
}
