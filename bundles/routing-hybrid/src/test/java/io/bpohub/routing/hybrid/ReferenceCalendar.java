package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * The calendar rules written the slow, obvious way with java.time, straight from the specification,
 * as an oracle for the compiled form in property tests.
 */
final class ReferenceCalendar {
    private ReferenceCalendar() {
    }

    static boolean open(BusinessCalendar calendar, Instant at) {
        if (calendar.emergency() != null && (calendar.emergency().since() == null || !at.isBefore(calendar.emergency().since()))) {
            return calendar.emergency().mode() == EmergencyMode.OPEN_NOW;
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, calendar.zone());
        LocalTime time = local.toLocalTime();
        for (OpenInterval interval : hours(calendar, local.toLocalDate().minusDays(1))) {
            if (interval.crossesMidnight() && time.isBefore(interval.end())) return true;
        }
        for (OpenInterval interval : hours(calendar, local.toLocalDate())) {
            if (!time.isBefore(interval.start()) && (interval.crossesMidnight() || time.isBefore(interval.end()))) return true;
        }
        return false;
    }

    private static List<OpenInterval> hours(BusinessCalendar calendar, LocalDate date) {
        Optional<WeeklyHours> version = calendar.weekly().stream()
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .reduce((a, b) -> b.effectiveFrom().isBefore(a.effectiveFrom()) ? a : b); // equal dates: the later in the list
        Optional<DayEntry> special = calendar.days().stream()
                .filter(d -> d.date().equals(date) && d.kind() == DayKind.SPECIAL_WORKING_DAY).findFirst();
        if (special.isPresent()) {
            if (!special.get().openHours().isEmpty()) return special.get().openHours();
            if (version.isEmpty()) return List.of();
            for (DayOfWeek day : DayOfWeek.values()) {
                if (!version.get().on(day).isEmpty()) return version.get().on(day);
            }
            return List.of();
        }
        Optional<DayEntry> holiday = calendar.days().stream()
                .filter(d -> d.date().equals(date) && d.kind() == DayKind.HOLIDAY).findFirst();
        if (holiday.isPresent()) return holiday.get().openHours();
        return version.map(v -> v.on(date.getDayOfWeek())).orElse(List.of());
    }
}
