package io.bpohub.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;

/**
 * Where an instant falls on a plan's local calendar: local date (epoch day), second of the day and
 * weekday. Computed from the zone's offset at that instant, without building a ZonedDateTime, because
 * every record needs it.
 */
final class LocalStart {
    final long epochDay;
    final int secondOfDay;
    /** 0 = Monday ... 6 = Sunday, like DayOfWeek.ordinal(). */
    final int weekday;

    private LocalStart(long epochDay, int secondOfDay) {
        this.epochDay = epochDay;
        this.secondOfDay = secondOfDay;
        this.weekday = (int) Math.floorMod(epochDay + 3, 7L); // 1970-01-01 was a Thursday
    }

    static LocalStart of(Instant instant, ZoneRules rules) {
        long local = instant.getEpochSecond() + rules.getOffset(instant).getTotalSeconds();
        return new LocalStart(Math.floorDiv(local, 86_400L), (int) Math.floorMod(local, 86_400L));
    }

    /** "2026-03-02 21:15:07", for rule texts. */
    String text() {
        int h = secondOfDay / 3600, m = secondOfDay / 60 % 60, s = secondOfDay % 60;
        return LocalDate.ofEpochDay(epochDay) + " " + (h < 10 ? "0" : "") + h + (m < 10 ? ":0" : ":") + m + (s < 10 ? ":0" : ":") + s;
    }
}
