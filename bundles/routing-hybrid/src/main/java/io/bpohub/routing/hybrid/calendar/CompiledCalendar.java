package io.bpohub.routing.hybrid.calendar;

import io.bpohub.api.calendar.Openness;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A business calendar compiled for fast evaluation: dated entries (holidays, special working days) as
 * a sorted array of epoch days with their resolved {@link DayPlan}, weekly-hours versions as a sorted
 * array of effective dates with one plan per weekday. Evaluating an instant is an offset lookup, two
 * binary searches and a scan of a handful of intervals; nothing is allocated but the answer.
 *
 * <p>Openness is a function of the local date and time only: an instant is mapped to local time with
 * the zone's offset at that instant. So a local 02:30 skipped by a DST change is never reached and
 * matches nothing, and a local 01:30 lived twice gets the same answer both times.
 */
public final class CompiledCalendar {
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final ZoneId zone;
    private final String zoneId;
    private final ZoneRules rules;
    private final boolean fixedOffset;
    private final int fixedOffsetSeconds;
    private final long[] entryDays;
    private final DayPlan[] entryPlans;
    private final long[] versionDays;
    private final DayPlan[][] versionPlans;
    private final DayPlan noHours;
    private final EmergencyRule emergency;

    CompiledCalendar(ZoneId zone, long[] entryDays, DayPlan[] entryPlans, long[] versionDays, DayPlan[][] versionPlans,
                     DayPlan noHours, EmergencyRule emergency) {
        this.zone = zone;
        this.zoneId = zone.getId();
        this.rules = zone.getRules();
        this.fixedOffset = rules.isFixedOffset();
        this.fixedOffsetSeconds = fixedOffset ? rules.getOffset(Instant.EPOCH).getTotalSeconds() : 0;
        this.entryDays = entryDays;
        this.entryPlans = entryPlans;
        this.versionDays = versionDays;
        this.versionPlans = versionPlans;
        this.noHours = noHours;
        this.emergency = emergency;
    }

    public ZoneId zone() {
        return zone;
    }

    /** Whether the calendar is open at {@code at}, with the deciding rule and a readable explanation. */
    public Openness evaluate(Instant at) {
        long epochSecond = at.getEpochSecond();
        long local = epochSecond + offsetSeconds(at);
        long localDay = Math.floorDiv(local, DayPlan.DAY);
        int second = (int) Math.floorMod(local, DayPlan.DAY);
        LocalDate localDate = LocalDate.ofEpochDay(localDay);
        LocalDateTime localTime = LocalDateTime.of(localDate, LocalTime.ofNanoOfDay(second * NANOS_PER_SECOND + at.getNano()));
        if (emergency != null && emergency.appliesAt(at)) return emergency.openness(localTime, zone);

        DayPlan plan = planFor(localDay - 1);
        int interval = plan.spillingInto(second);
        long ruleDay = localDay - 1;
        if (interval < 0) {
            plan = planFor(localDay);
            interval = plan.covering(second);
            ruleDay = localDay;
        }
        boolean open = interval >= 0;
        String reason = open ? plan.openReasons[interval] : plan.closedReason;
        String time = LocalTexts.time(second);
        String explanation = ruleDay == localDay
                ? (open ? "open: " : "closed: ") + reason + " on " + LocalTexts.date(localDay) + ", local " + time + " " + zoneId
                : (open ? "open: " : "closed: ") + reason + " on " + LocalTexts.date(ruleDay) + ", local "
                  + LocalTexts.date(localDay) + " " + time + " " + zoneId;
        return new Openness(open, plan.rule, localTime, zone, explanation);
    }

    /**
     * The calendar between two instants as spans of constant state (open, rule, label), computed from
     * the transitions of the calendar (interval starts and ends, local midnights, the zone's offset
     * changes, the emergency's start) rather than by sampling. Adjacent spans always differ in state.
     */
    public List<CalendarSpan> spans(Instant from, Instant to) {
        if (!from.isBefore(to)) return List.of();
        Instant switchAt = to;
        if (emergency != null) {
            switchAt = emergency.since == null || emergency.since.isBefore(from) ? from
                    : emergency.since.isAfter(to) ? to : emergency.since;
        }
        List<CalendarSpan> spans = new ArrayList<>();
        Instant cursor = from;
        while (cursor.isBefore(switchAt)) {
            ZoneOffsetTransition next = fixedOffset ? null : rules.nextTransition(cursor);
            Instant pieceEnd = next == null || !next.getInstant().isBefore(switchAt) ? switchAt : next.getInstant();
            addPiece(cursor, pieceEnd, offsetSeconds(cursor), spans);
            cursor = pieceEnd;
        }
        if (switchAt.isBefore(to)) {
            append(spans, new CalendarSpan(switchAt, to, emergency.open, EmergencyRule.RULE, emergency.label));
        }
        return spans;
    }

    /** Spans of a stretch with one UTC offset, where local time runs without jumps. */
    private void addPiece(Instant from, Instant to, int offset, List<CalendarSpan> spans) {
        long first = from.getEpochSecond();
        long last = to.getEpochSecond();
        long[] boundaries = boundariesBetween(first + offset, last + offset + 1);
        Instant start = from;
        for (long localBoundary : boundaries) {
            long boundary = localBoundary - offset;
            boolean inside = boundary > first && (boundary < last || boundary == last && to.getNano() > 0);
            if (!inside) continue;
            Instant end = Instant.ofEpochSecond(boundary);
            append(spans, stateBetween(start, end, offset));
            start = end;
        }
        append(spans, stateBetween(start, to, offset));
    }

    /** Local epoch seconds where the state may change: midnights and interval ends of the dates involved. */
    private long[] boundariesBetween(long localFrom, long localTo) {
        long firstDay = Math.floorDiv(localFrom, DayPlan.DAY) - 1;
        long lastDay = Math.floorDiv(localTo, DayPlan.DAY);
        long[] out = new long[16];
        int n = 0;
        for (long day = firstDay; day <= lastDay; day++) {
            DayPlan plan = planFor(day);
            long midnight = day * DayPlan.DAY;
            if (n + 1 + 2 * plan.starts.length > out.length) out = Arrays.copyOf(out, out.length * 2 + 2 * plan.starts.length);
            out[n++] = midnight;
            for (int i = 0; i < plan.starts.length; i++) {
                out[n++] = midnight + plan.starts[i];
                out[n++] = midnight + plan.ends[i];
            }
        }
        long[] sorted = Arrays.copyOf(out, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private CalendarSpan stateBetween(Instant from, Instant to, int offset) {
        long local = from.getEpochSecond() + offset;
        long localDay = Math.floorDiv(local, DayPlan.DAY);
        int second = (int) Math.floorMod(local, DayPlan.DAY);
        DayPlan plan = planFor(localDay - 1);
        int interval = plan.spillingInto(second);
        if (interval < 0) {
            plan = planFor(localDay);
            interval = plan.covering(second);
        }
        boolean open = interval >= 0;
        return new CalendarSpan(from, to, open, plan.rule, open ? plan.openLabels[interval] : plan.closedLabel);
    }

    private static void append(List<CalendarSpan> spans, CalendarSpan span) {
        if (!span.from().isBefore(span.to())) return;
        int last = spans.size() - 1;
        if (last >= 0 && spans.get(last).sameStateAs(span)) {
            CalendarSpan previous = spans.get(last);
            spans.set(last, new CalendarSpan(previous.from(), span.to(), span.open(), span.rule(), span.label()));
        } else {
            spans.add(span);
        }
    }

    /** The plan of a local date: its dated entry if it has one, else the weekly version in force. */
    DayPlan planFor(long epochDay) {
        int entry = Arrays.binarySearch(entryDays, epochDay);
        if (entry >= 0) return entryPlans[entry];
        int version = Arrays.binarySearch(versionDays, epochDay);
        if (version < 0) version = -version - 2; // the greatest effective date before this day
        if (version < 0) return noHours;
        return versionPlans[version][(int) Math.floorMod(epochDay + 3, 7)]; // 1970-01-01 was a Thursday
    }

    private int offsetSeconds(Instant at) {
        return fixedOffset ? fixedOffsetSeconds : rules.getOffset(at).getTotalSeconds();
    }
}
