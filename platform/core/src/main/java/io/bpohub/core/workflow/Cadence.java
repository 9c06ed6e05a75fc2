package io.bpohub.core.workflow;

import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.IntentClass;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When the next attempt is due before the dialing windows are applied (decision 0013): a redial after
 * minutes for an unanswered call; for a reached contact, days by intent class counted in the contact's
 * local calendar (so a DST change or a month end moves nothing but the date); buy now: the next working
 * day, to close; never: no more calls.
 */
public final class Cadence {
    private Cadence() {
    }

    /** Null when no further call is to be made. */
    public static Instant base(CadenceRules rules, CallResult result, IntentClass intent, Instant calledAt, ZoneId zone) {
        if (result == CallResult.NO_ANSWER) return calledAt.plus(Duration.ofMinutes(rules.noAnswerRedialMinutes()));
        if (result == CallResult.BUSY) return calledAt.plus(Duration.ofMinutes(rules.busyRedialMinutes()));
        if (result.wrongNumber()) return null;
        IntentClass cls = intent == null ? IntentClass.INTERESTED : intent; // reached but not yet classed: follow up like interested
        return switch (cls) {
            case BUY_NOW -> nextWorkingDay(calledAt.atZone(zone).toLocalDate()).atStartOfDay(zone).toInstant();
            case INTERESTED -> calledAt.atZone(zone).plusDays(rules.interestedDays()).toInstant();
            case CONSIDERING -> calledAt.atZone(zone).plusDays(rules.consideringDays()).toInstant();
            case NOT_NOW -> calledAt.atZone(zone).plusDays(rules.notNowDays()).toInstant();
            case NEVER -> null;
        };
    }

    /** Monday to Friday; the day after {@code day}. */
    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) next = next.plusDays(1);
        return next;
    }
}
