package io.bpohub.api.calendar;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * The full calendar of one owner (a tenant slug, or {@code agency}). Precedence when evaluated:
 * emergency → special working day → holiday → weekly hours in force on that local date.
 *
 * @param weekly    weekly-hours versions; each applies from its {@code effectiveFrom} until the next
 * @param emergency null when no override is active
 */
public record BusinessCalendar(String owner, ZoneId zone, List<WeeklyHours> weekly, List<DayEntry> days,
                               Emergency emergency) {
    public BusinessCalendar {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(zone, "zone");
        weekly = weekly == null ? List.of() : List.copyOf(weekly);
        days = days == null ? List.of() : List.copyOf(days);
    }
}
