package io.bpohub.benchmarks.routing;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The B4 data set (benchmarks/BENCHMARKS.md): per tenant weekly hours (two versions, the second from
 * mid-2026), 20 holidays (a few partial) and 5 special working days in 2026, over 30 time zones.
 */
final class B4Calendars {
    static final List<String> ZONES = List.of("Asia/Shanghai", "America/New_York", "Europe/London", "Europe/Berlin",
            "Europe/Paris", "Europe/Madrid", "Europe/Warsaw", "Europe/Istanbul", "Europe/Moscow", "Asia/Tokyo",
            "Asia/Seoul", "Asia/Singapore", "Asia/Manila", "Asia/Jakarta", "Asia/Kolkata", "Asia/Dubai",
            "Asia/Jerusalem", "Africa/Cairo", "Africa/Johannesburg", "Africa/Lagos", "America/Chicago",
            "America/Denver", "America/Los_Angeles", "America/Mexico_City", "America/Bogota", "America/Sao_Paulo",
            "America/Santiago", "America/Toronto", "Australia/Sydney", "Pacific/Auckland");

    private B4Calendars() {
    }

    static BusinessCalendar calendar(Random random, String owner) {
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        List<WeeklyHours> weekly = List.of(week(random, LocalDate.of(2025, 1, 1)), week(random, LocalDate.of(2026, 7, 1)));
        List<DayEntry> days = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            List<OpenInterval> partial = i % 7 == 0 ? List.of(OpenInterval.of("09:00", "13:00")) : List.of();
            days.add(new DayEntry(day(random), DayKind.HOLIDAY, "Holiday " + i, partial, "holidays:XX"));
        }
        for (int i = 0; i < 5; i++) {
            List<OpenInterval> hours = i % 2 == 0 ? List.of() : List.of(OpenInterval.of("10:00", "16:00"));
            days.add(new DayEntry(day(random), DayKind.SPECIAL_WORKING_DAY, "Make-up day " + i, hours, "holidays:XX"));
        }
        return new BusinessCalendar(owner, zone, weekly, days, null);
    }

    private static WeeklyHours week(Random random, LocalDate from) {
        Map<DayOfWeek, List<OpenInterval>> days = new EnumMap<>(DayOfWeek.class);
        LocalTime open = LocalTime.of(7 + random.nextInt(3), random.nextBoolean() ? 0 : 30);
        boolean lunchBreak = random.nextBoolean();
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            days.put(day, lunchBreak
                    ? List.of(new OpenInterval(open, LocalTime.NOON), new OpenInterval(LocalTime.of(13, 0), open.plusHours(10)))
                    : List.of(new OpenInterval(open, open.plusHours(9))));
        }
        if (random.nextInt(3) == 0) days.put(DayOfWeek.SATURDAY, List.of(OpenInterval.of("10:00", "14:00")));
        if (random.nextInt(4) == 0) days.put(DayOfWeek.SUNDAY, List.of(OpenInterval.of("22:00", "06:00"))); // night desk
        return new WeeklyHours(from, days);
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
    }
}
