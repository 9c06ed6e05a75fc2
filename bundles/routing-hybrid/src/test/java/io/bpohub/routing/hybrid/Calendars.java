package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.routing.hybrid.importer.CalendarImporterService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;

/** Real calendars used by the table-driven tests. */
final class Calendars {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Calendars() {
    }

    /** Mainland China 2026, office hours with a lunch break; holidays and make-up workdays from the library. */
    static BusinessCalendar china2026() {
        return new BusinessCalendar("acme-cn", SHANGHAI,
                List.of(week("2025-01-01").days(MONDAY, FRIDAY, "09:00-12:00", "13:00-18:00").build()),
                new CalendarImporterService().publicHolidays("CN", null, 2026), null);
    }

    /** A New York tenant: weekday hours plus a Saturday night shift running into Sunday. */
    static BusinessCalendar newYork() {
        return new BusinessCalendar("acme-us", NEW_YORK,
                List.of(week("2025-01-01").days(MONDAY, FRIDAY, "08:00-20:00").day(SATURDAY, "22:00-06:00").build()),
                new CalendarImporterService().publicHolidays("US", "NY", 2026), null);
    }

    /** Sunday windows inside the hours that DST skips (02:15-02:45) and repeats (01:15-01:45) in New York. */
    static BusinessCalendar newYorkSundayWindows() {
        return new BusinessCalendar("acme-us-windows", NEW_YORK,
                List.of(week("2025-01-01").day(SUNDAY, "01:15-01:45", "02:15-02:45").build()), List.of(), null);
    }

    /** England with its 2026 bank holidays and a manual half-day on Christmas Eve. */
    static BusinessCalendar london() {
        List<DayEntry> days = new ArrayList<>(new CalendarImporterService().publicHolidays("GB", "ENG", 2026));
        days.add(new DayEntry(LocalDate.parse("2026-12-24"), DayKind.HOLIDAY, "Christmas Eve",
                List.of(OpenInterval.of("09:00", "13:00")), "manual"));
        return new BusinessCalendar("acme-uk", LONDON,
                List.of(week("2025-01-01").days(MONDAY, FRIDAY, "09:00-17:30").build()), days, null);
    }

    /** The agency itself, in London, around the clock on weekdays. */
    static BusinessCalendar agencyLondon() {
        return new BusinessCalendar("agency", LONDON,
                List.of(week("2025-01-01").days(MONDAY, FRIDAY, "08:00-22:00").build()), List.of(), null);
    }

    /** A night desk: Monday 22:00-06:00 crossing midnight, with Tuesday 2026-03-03 a holiday. */
    static BusinessCalendar nightDesk() {
        return new BusinessCalendar("night-desk", LONDON,
                List.of(week("2025-01-01").day(MONDAY, "22:00-06:00").days(DayOfWeek.TUESDAY, FRIDAY, "09:00-17:00").build()),
                List.of(new DayEntry(LocalDate.parse("2026-03-03"), DayKind.HOLIDAY, "Founders' Day", List.of(), "manual")), null);
    }

    /** Office hours 09:00-17:00 until March 2026, 08:00-20:00 from 2026-04-01. */
    static BusinessCalendar effectiveDated(boolean withAprilChange) {
        List<WeeklyHours> versions = new ArrayList<>();
        versions.add(week("2026-01-01").days(MONDAY, FRIDAY, "09:00-17:00").build());
        if (withAprilChange) versions.add(week("2026-04-01").days(MONDAY, FRIDAY, "08:00-20:00").build());
        return new BusinessCalendar("dated", LONDON, versions, List.of(), null);
    }

    static BusinessCalendar withEmergency(BusinessCalendar calendar, Emergency emergency) {
        return new BusinessCalendar(calendar.owner(), calendar.zone(), calendar.weekly(), calendar.days(), emergency);
    }

    static Week week(String effectiveFrom) {
        return new Week(LocalDate.parse(effectiveFrom));
    }

    static List<OpenInterval> intervals(String... ranges) {
        List<OpenInterval> out = new ArrayList<>();
        for (String range : ranges) {
            String[] parts = range.split("-");
            out.add(OpenInterval.of(parts[0], parts[1]));
        }
        return out;
    }

    static final class Week {
        private final LocalDate from;
        private final Map<DayOfWeek, List<OpenInterval>> days = new EnumMap<>(DayOfWeek.class);

        Week(LocalDate from) {
            this.from = from;
        }

        Week day(DayOfWeek day, String... ranges) {
            days.put(day, intervals(ranges));
            return this;
        }

        Week days(DayOfWeek first, DayOfWeek last, String... ranges) {
            for (int d = first.ordinal(); d <= last.ordinal(); d++) day(DayOfWeek.values()[d], ranges);
            return this;
        }

        WeeklyHours build() {
            return new WeeklyHours(from, days);
        }
    }
}
