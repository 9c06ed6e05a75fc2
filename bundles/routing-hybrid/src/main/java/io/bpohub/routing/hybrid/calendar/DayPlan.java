package io.bpohub.routing.hybrid.calendar;

import io.bpohub.api.calendar.OpenInterval;

import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The resolved hours of one local date (a holiday or special working day) or of one weekday of a
 * weekly-hours version, together with the words that explain them. Intervals are seconds after the
 * date's local midnight; an end past {@link #DAY} spills into the next date, because an interval
 * belongs to the day it starts on. Immutable and shared by every date it applies to, so the
 * explanation texts are built once at compile time rather than per decision.
 */
final class DayPlan {
    static final int DAY = 86_400;

    final String rule;
    final int[] starts;
    final int[] ends;
    final String[] openReasons;
    final String[] openLabels;
    final String closedReason;
    final String closedLabel;
    private final boolean spills;

    DayPlan(String rule, int[] starts, int[] ends, String[] openReasons, String[] openLabels,
            String closedReason, String closedLabel) {
        this.rule = rule;
        this.starts = starts;
        this.ends = ends;
        this.openReasons = openReasons;
        this.openLabels = openLabels;
        this.closedReason = closedReason;
        this.closedLabel = closedLabel;
        boolean anySpill = false;
        for (int end : ends) anySpill |= end > DAY;
        this.spills = anySpill;
    }

    /** A plan open during {@code intervals}, each explained by {@code openReason(interval)}. */
    static DayPlan of(String rule, List<OpenInterval> intervals, Function<OpenInterval, String> openReason,
                      String openLabel, String closedReason, String closedLabel) {
        List<OpenInterval> sorted = intervals.stream()
                .sorted(Comparator.comparing(OpenInterval::start)).toList();
        int n = sorted.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] reasons = new String[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            OpenInterval interval = sorted.get(i);
            starts[i] = interval.start().toSecondOfDay();
            int end = interval.end().toSecondOfDay();
            // end at or before start crosses midnight; start == end is a full 24 hours
            ends[i] = interval.crossesMidnight() ? end + DAY : end;
            reasons[i] = openReason.apply(interval);
            labels[i] = openLabel;
        }
        return new DayPlan(rule, starts, ends, reasons, labels, closedReason, closedLabel);
    }

    /** Index of the interval of this date open at {@code secondOfDay}, or -1. */
    int covering(int secondOfDay) {
        for (int i = 0; i < starts.length; i++) {
            if (starts[i] <= secondOfDay && secondOfDay < ends[i]) return i;
        }
        return -1;
    }

    /** Index of an interval of this date that is still open at {@code secondOfNextDay} of the next date, or -1. */
    int spillingInto(int secondOfNextDay) {
        if (!spills) return -1;
        for (int i = 0; i < ends.length; i++) {
            if (secondOfNextDay < ends[i] - DAY) return i;
        }
        return -1;
    }

    boolean hasHours() {
        return starts.length > 0;
    }

    /** "09:00-18:00": ASCII only, so explanations stay compact Latin-1 strings (an en dash doubles their size). */
    static String text(OpenInterval interval) {
        return interval.start() + "-" + interval.end();
    }

    static String text(List<OpenInterval> intervals) {
        StringBuilder out = new StringBuilder();
        for (OpenInterval interval : intervals.stream().sorted(Comparator.comparing(OpenInterval::start)).toList()) {
            if (out.length() > 0) out.append(", ");
            out.append(text(interval));
        }
        return out.toString();
    }
}
