package io.bpohub.routing.hybrid.calendar;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.WeeklyHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns a {@link BusinessCalendar} into a {@link CompiledCalendar}, resolving precedence once per date. */
public final class CalendarCompiler {
    private CalendarCompiler() {
    }

    public static CompiledCalendar compile(BusinessCalendar calendar) {
        // several versions with the same effective date: the later one in the list wins
        TreeMap<LocalDate, WeeklyHours> versions = new TreeMap<>();
        for (WeeklyHours version : calendar.weekly()) {
            if (version.effectiveFrom() == null) throw new IllegalArgumentException(
                    "calendar of '" + calendar.owner() + "': weekly hours without an effective date");
            versions.put(version.effectiveFrom(), version);
        }
        long[] versionDays = new long[versions.size()];
        DayPlan[][] versionPlans = new DayPlan[versions.size()][];
        int v = 0;
        for (WeeklyHours version : versions.values()) {
            versionDays[v] = version.effectiveFrom().toEpochDay();
            versionPlans[v] = new DayPlan[7];
            for (DayOfWeek day : DayOfWeek.values()) versionPlans[v][day.ordinal()] = DayPlans.weekly(version, day);
            v++;
        }

        Map<LocalDate, DayEntry> byDate = decidingEntries(calendar.days());
        long[] entryDays = new long[byDate.size()];
        DayPlan[] entryPlans = new DayPlan[byDate.size()];
        int e = 0;
        for (DayEntry entry : byDate.values()) {
            entryDays[e] = entry.date().toEpochDay();
            if (entry.kind() == DayKind.SPECIAL_WORKING_DAY) {
                Map.Entry<LocalDate, WeeklyHours> inForce = versions.floorEntry(entry.date());
                entryPlans[e] = DayPlans.special(entry, inForce == null ? null : inForce.getValue());
            } else {
                entryPlans[e] = DayPlans.holiday(entry);
            }
            e++;
        }

        return new CompiledCalendar(calendar.zone(), entryDays, entryPlans, versionDays, versionPlans,
                DayPlans.noHours(versions.isEmpty() ? null : versions.firstKey()),
                calendar.emergency() == null ? null : new EmergencyRule(calendar.emergency()));
    }

    /**
     * One entry per date, sorted by date: a special working day wins over a holiday on the same date
     * (the precedence of the calendar); among entries of the same kind the first in the list wins.
     */
    private static Map<LocalDate, DayEntry> decidingEntries(List<DayEntry> entries) {
        Map<LocalDate, DayEntry> byDate = new LinkedHashMap<>();
        entries.stream().sorted(Comparator.comparing(DayEntry::date)).forEach(entry -> byDate.merge(entry.date(), entry,
                (kept, other) -> kept.kind() != DayKind.SPECIAL_WORKING_DAY && other.kind() == DayKind.SPECIAL_WORKING_DAY
                        ? other : kept));
        return byDate;
    }
}
