package io.bpohub.routing.hybrid.calendar;

import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/** Builds the {@link DayPlan} of each rule with the wording a person reads in an explanation. */
final class DayPlans {
    static final String WEEKLY = "WEEKLY";
    static final String HOLIDAY = "HOLIDAY";
    static final String SPECIAL_DAY = "SPECIAL_DAY";
    static final String NO_HOURS = "NO_HOURS";

    private DayPlans() {
    }

    static DayPlan weekly(WeeklyHours version, DayOfWeek day) {
        List<OpenInterval> hours = version.on(day);
        String weekday = name(day);
        String versionText = "version from " + version.effectiveFrom();
        String closedReason = hours.isEmpty()
                ? "rest day (no weekly hours on " + weekday + "; " + versionText + ")"
                : "outside weekly hours (" + weekday + " " + DayPlan.text(hours) + "; " + versionText + ")";
        return DayPlan.of(WEEKLY, hours,
                interval -> "weekly hours " + weekday + " " + DayPlan.text(interval) + " (" + versionText + ")",
                "business hours", closedReason, hours.isEmpty() ? "rest day" : "after hours");
    }

    /** A holiday: closed all day, or with open hours open only during them (a partial holiday). */
    static DayPlan holiday(DayEntry entry) {
        String what = "holiday " + quoted(entry);
        if (entry.openHours().isEmpty()) {
            return DayPlan.of(HOLIDAY, List.of(), interval -> "", "", what, label(entry));
        }
        return DayPlan.of(HOLIDAY, entry.openHours(),
                interval -> "partial holiday " + quoted(entry) + " open " + DayPlan.text(interval),
                label(entry) + " (open hours)",
                what + ", open only " + DayPlan.text(entry.openHours()), label(entry));
    }

    /**
     * A special working day. Without hours of its own (an imported make-up workday cannot know the
     * tenant's hours) it borrows the hours of a regular working day of the weekly version in force:
     * the first weekday, Monday to Sunday, that has hours. China's make-up workdays are worked as
     * ordinary weekdays, which is what this gives.
     */
    static DayPlan special(DayEntry entry, WeeklyHours versionInForce) {
        String what = "special working day " + quoted(entry);
        String label = label(entry);
        if (!entry.openHours().isEmpty()) {
            return DayPlan.of(SPECIAL_DAY, entry.openHours(), interval -> what + " " + DayPlan.text(interval),
                    label, what + " outside its hours " + DayPlan.text(entry.openHours()), label + " (after hours)");
        }
        DayOfWeek borrowed = versionInForce == null ? null : firstWorkingDay(versionInForce);
        if (borrowed == null) {
            return DayPlan.of(SPECIAL_DAY, List.of(), interval -> "", label,
                    what + " without hours (no weekly hours to borrow)", label + " (no hours)");
        }
        List<OpenInterval> hours = versionInForce.on(borrowed);
        String source = " (" + name(borrowed) + "'s weekly hours, version from " + versionInForce.effectiveFrom() + ")";
        return DayPlan.of(SPECIAL_DAY, hours, interval -> what + " " + DayPlan.text(interval) + source,
                label, what + " outside " + DayPlan.text(hours) + source, label + " (after hours)");
    }

    static DayPlan noHours(LocalDate firstVersion) {
        String reason = firstVersion == null ? "no weekly hours configured"
                : "no weekly hours in force yet (first version from " + firstVersion + ")";
        return DayPlan.of(NO_HOURS, List.of(), interval -> "", "", reason, "no weekly hours");
    }

    private static DayOfWeek firstWorkingDay(WeeklyHours version) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (!version.on(day).isEmpty()) return day;
        }
        return null;
    }

    private static String quoted(DayEntry entry) {
        return "'" + label(entry) + "' (" + entry.source() + ")";
    }

    private static String label(DayEntry entry) {
        return entry.name() == null || entry.name().isBlank() ? "unnamed " + entry.kind().name().toLowerCase(Locale.ROOT) : entry.name();
    }

    private static String name(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
