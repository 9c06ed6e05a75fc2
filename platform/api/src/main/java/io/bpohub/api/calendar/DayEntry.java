package io.bpohub.api.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A dated exception to the weekly hours. {@code source} says where it came from: {@code manual},
 * {@code ics:<file name>} or {@code holidays:<country>[-<region>]}; imported entries stay editable.
 */
public record DayEntry(LocalDate date, DayKind kind, String name, List<OpenInterval> openHours, String source) {
    public DayEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        openHours = openHours == null ? List.of() : List.copyOf(openHours);
        source = source == null ? "manual" : source;
    }
}
