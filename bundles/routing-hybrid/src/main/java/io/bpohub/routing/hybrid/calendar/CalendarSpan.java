package io.bpohub.routing.hybrid.calendar;

import java.time.Instant;

/**
 * A stretch of time with one calendar state: open or closed, the deciding rule (as in
 * {@link io.bpohub.api.calendar.Openness#rule()}) and a short label for timelines (a holiday's name,
 * "business hours", "after hours", ...).
 */
public record CalendarSpan(Instant from, Instant to, boolean open, String rule, String label) {
    boolean sameStateAs(CalendarSpan other) {
        return open == other.open && rule.equals(other.rule) && label.equals(other.label);
    }
}
