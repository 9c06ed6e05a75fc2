package io.bpohub.api.billing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A named time-of-day band (e.g. "off-peak") in the plan's time zone: on each of {@code days}, from
 * {@code from} (inclusive) to {@code to} (exclusive). A band with {@code to <= from} runs past midnight
 * into the next day, and belongs to the day it starts on (Friday 20:00-08:00 covers Saturday 07:00
 * even if Saturday is not listed). {@code from == to} is the whole day. The first band of a version
 * that covers an instant wins; an instant in no band is priced at the destination's base price.
 */
public record TimeBand(String name, Set<DayOfWeek> days, LocalTime from, LocalTime to) {
    public TimeBand {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("a time band needs a name");
        if (days == null || days.isEmpty()) throw new IllegalArgumentException("time band " + name + " has no days");
        if (from == null || to == null) throw new IllegalArgumentException("time band " + name + " needs from and to");
        days = Set.copyOf(EnumSet.copyOf(days));
    }
}
