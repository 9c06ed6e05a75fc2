package io.bpohub.api.routing;

import io.bpohub.api.calendar.Openness;

/**
 * The answer, with the rule that decided (TEMPORARY_PROJECT, MODE_IN_HOUSE, MODE_OUTSOURCED,
 * CALENDAR_OPEN, CALENDAR_CLOSED, OVERFLOW_BUSY, OVERFLOW_WAIT), the calendar evaluation behind it
 * (null when the calendar was not needed) and a readable explanation.
 */
public record RoutingDecision(Handler handler, String rule, Openness calendar, String explanation) {
}
