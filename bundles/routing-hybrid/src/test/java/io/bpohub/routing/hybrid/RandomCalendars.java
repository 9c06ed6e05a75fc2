package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/** Random but valid calendars in zones chosen for awkward DST rules (midnight changes, 30-minute shifts). */
final class RandomCalendars {
    static final List<String> ZONES = List.of("Asia/Shanghai", "America/New_York", "Europe/London", "Europe/Berlin",
            "Asia/Tokyo", "Asia/Kolkata", "Asia/Kathmandu", "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Auckland",
            "Pacific/Chatham", "America/St_Johns", "America/Santiago", "America/Sao_Paulo", "America/Los_Angeles",
            "America/Havana", "America/Asuncion", "Africa/Cairo", "Africa/Casablanca", "Asia/Beirut", "Asia/Jerusalem",
            "Asia/Tehran", "Europe/Moscow", "Atlantic/Azores", "America/Godthab", "Pacific/Honolulu", "Asia/Manila",
            "America/Mexico_City", "Europe/Dublin", "Antarctica/Troll");
    static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
    static final Instant TO = Instant.parse("2027-01-01T00:00:00Z");

    private RandomCalendars() {
    }

    static BusinessCalendar calendar(Random random, String owner) {
        ZoneId zone = ZoneId.of(ZONES.get(random.nextInt(ZONES.size())));
        TreeSet<LocalDate> effective = new TreeSet<>();
        int versions = 1 + random.nextInt(3);
        while (effective.size() < versions) effective.add(LocalDate.of(2025, 6, 1).plusDays(random.nextInt(480)));
        List<WeeklyHours> weekly = new ArrayList<>();
        for (LocalDate from : effective) weekly.add(week(random, from));
        List<DayEntry> days = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            LocalDate date = LocalDate.of(2025, 6, 1).plusDays(random.nextInt(580));
            boolean special = i >= 20;
            List<OpenInterval> hours = random.nextInt(3) == 0 ? intervals(random, 1 + random.nextInt(2)) : List.of();
            days.add(new DayEntry(date, special ? DayKind.SPECIAL_WORKING_DAY : DayKind.HOLIDAY,
                    (special ? "make-up day " : "holiday ") + i, hours, "manual"));
        }
        Emergency emergency = random.nextInt(10) == 0
                ? new Emergency(random.nextBoolean() ? EmergencyMode.CLOSED_NOW : EmergencyMode.OPEN_NOW, "ops", "drill", instant(random))
                : null;
        return new BusinessCalendar(owner, zone, weekly, days, emergency);
    }

    private static WeeklyHours week(Random random, LocalDate from) {
        Map<DayOfWeek, List<OpenInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (random.nextInt(4) > 0) days.put(day, intervals(random, 1 + random.nextInt(2)));
        }
        return new WeeklyHours(from, days);
    }

    private static List<OpenInterval> intervals(Random random, int count) {
        List<OpenInterval> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // quarter hours, so that starts and ends fall on and around DST gaps and repeats
            LocalTime start = LocalTime.ofSecondOfDay(random.nextInt(96) * 900L);
            int minutes = random.nextInt(20) == 0 ? 0 : 30 + random.nextInt(14 * 4) * 15; // 0 = 24 hours
            out.add(new OpenInterval(start, start.plusMinutes(minutes)));
        }
        return out;
    }

    /** A random instant, half of the time within three hours of one of the zone's offset changes. */
    static Instant instant(Random random, ZoneId zone) {
        Instant at = instant(random);
        if (random.nextBoolean()) {
            ZoneOffsetTransition next = zone.getRules().nextTransition(at);
            if (next != null && next.getInstant().isBefore(TO)) {
                return next.getInstant().plusSeconds(random.nextInt(6 * 3600) - 3 * 3600);
            }
        }
        return at;
    }

    static Instant instant(Random random) {
        long span = TO.getEpochSecond() - FROM.getEpochSecond();
        return FROM.plusSeconds((long) (random.nextDouble() * span)).plusNanos(random.nextInt(1000) * 1_000_000L);
    }
}
