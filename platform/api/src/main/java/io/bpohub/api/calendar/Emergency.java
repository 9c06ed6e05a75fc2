package io.bpohub.api.calendar;

import java.time.Instant;

/** An operator's override of the calendar, with who set it and why; it wins over every other rule. */
public record Emergency(EmergencyMode mode, String setBy, String reason, Instant since) {
}
