package io.bpohub.api.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Open intervals per weekday, valid from {@code effectiveFrom} (a local date) until the next version. */
public record WeeklyHours(LocalDate effectiveFrom, Map<DayOfWeek, List<OpenInterval>> days) {
    public WeeklyHours {
        EnumMap<DayOfWeek, List<OpenInterval>> copy = new EnumMap<>(DayOfWeek.class);
        if (days != null) days.forEach((d, list) -> copy.put(d, List.copyOf(list)));
        days = Map.copyOf(copy);
    }

    public List<OpenInterval> on(DayOfWeek day) {
        return days.getOrDefault(day, List.of());
    }
}
