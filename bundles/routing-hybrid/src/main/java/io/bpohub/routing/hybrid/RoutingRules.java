package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.Openness;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.routing.RoutingQuestion;

/**
 * The decisions and their wording, rule names as in {@link RoutingDecision}. Decisions that do not
 * depend on the question are built once: they are the most frequent answers.
 */
final class RoutingRules {
    static final String TEMPORARY_PROJECT = "TEMPORARY_PROJECT";
    static final String MODE_IN_HOUSE = "MODE_IN_HOUSE";
    static final String MODE_OUTSOURCED = "MODE_OUTSOURCED";
    static final String CALENDAR_OPEN = "CALENDAR_OPEN";
    static final String CALENDAR_CLOSED = "CALENDAR_CLOSED";
    static final String OVERFLOW_BUSY = "OVERFLOW_BUSY";
    static final String OVERFLOW_WAIT = "OVERFLOW_WAIT";

    private static final RoutingDecision TEMPORARY = new RoutingDecision(Handler.AGENCY, TEMPORARY_PROJECT, null,
            "agency: a temporary project (survey, peak) is handled by the agency");
    private static final RoutingDecision OUTSOURCED = new RoutingDecision(Handler.AGENCY, MODE_OUTSOURCED, null,
            "agency: the operating mode is outsourced");
    private static final RoutingDecision IN_HOUSE = new RoutingDecision(Handler.IN_HOUSE, MODE_IN_HOUSE, null,
            "in-house: the operating mode is in-house");
    private static final String BUSY = "agency: overflow, no in-house agent is available";

    private RoutingRules() {
    }

    static RoutingDecision temporaryProject() {
        return TEMPORARY;
    }

    static RoutingDecision outsourced() {
        return OUTSOURCED;
    }

    /** In-house work unless an overflow rule sends it to the agency; {@code openness} is null in in-house mode. */
    static RoutingDecision inHouse(RoutingPolicy policy, RoutingQuestion question, Openness openness) {
        if (policy.overflowWhenInHouseBusy() && !question.inHouseAgentAvailable()) {
            return new RoutingDecision(Handler.AGENCY, OVERFLOW_BUSY, openness, openness == null ? BUSY : BUSY + " (" + openness.explanation() + ")");
        }
        Integer limit = policy.overflowAfterSeconds();
        if (limit != null && question.waitedSeconds() > limit) {
            String why = "agency: overflow, the call waited " + question.waitedSeconds() + " s, longer than " + limit + " s";
            return new RoutingDecision(Handler.AGENCY, OVERFLOW_WAIT, openness, openness == null ? why : why + " (" + openness.explanation() + ")");
        }
        if (openness == null) return IN_HOUSE;
        return new RoutingDecision(Handler.IN_HOUSE, CALENDAR_OPEN, openness, "in-house: hybrid mode, " + openness.explanation());
    }

    static RoutingDecision closed(Openness openness) {
        return new RoutingDecision(Handler.AGENCY, CALENDAR_CLOSED, openness, "agency: hybrid mode, " + openness.explanation());
    }
}
