package io.bpohub.api.calendar;

import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * Whether a calendar is open at an instant, and why: {@code rule} is EMERGENCY, SPECIAL_DAY,
 * HOLIDAY, WEEKLY or NO_HOURS; {@code explanation} is a sentence a person can read.
 */
public record Openness(boolean open, String rule, LocalDateTime localTime, ZoneId zone, String explanation) {
}
