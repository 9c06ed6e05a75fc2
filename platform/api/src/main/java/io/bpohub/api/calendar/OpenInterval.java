package io.bpohub.api.calendar;

import java.time.LocalTime;
import java.util.Objects;

/**
 * Open from {@code start} (inclusive) to {@code end} (exclusive), in the calendar's local time.
 * {@code end} at or before {@code start} means the interval crosses midnight into the next day;
 * {@code start == end} means 24 hours. An interval belongs to the day it starts on.
 */
public record OpenInterval(LocalTime start, LocalTime end) {
    public OpenInterval {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static OpenInterval of(String start, String end) {
        return new OpenInterval(LocalTime.parse(start), LocalTime.parse(end));
    }

    public boolean crossesMidnight() {
        return !end.isAfter(start);
    }
}
