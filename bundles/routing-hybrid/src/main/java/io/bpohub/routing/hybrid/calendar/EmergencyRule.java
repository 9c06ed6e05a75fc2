package io.bpohub.routing.hybrid.calendar;

import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.Openness;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * An operator's override. It applies from its {@code since} instant on (always, if it has none), so an
 * emergency switched on today does not rewrite how last month's calls are explained in reports.
 */
final class EmergencyRule {
    static final String RULE = "EMERGENCY";

    final boolean open;
    final Instant since;
    final String label;
    private final String reason;

    EmergencyRule(Emergency emergency) {
        this.open = emergency.mode() == EmergencyMode.OPEN_NOW;
        this.since = emergency.since();
        String why = emergency.reason() == null || emergency.reason().isBlank() ? "no reason given" : emergency.reason();
        String who = emergency.setBy() == null || emergency.setBy().isBlank() ? "an unnamed operator" : emergency.setBy();
        this.reason = (open ? "open: emergency opening" : "closed: emergency closure") + " set by " + who
                + (since == null ? "" : " since " + since) + " (" + why + ")";
        this.label = (open ? "emergency opening: " : "emergency closure: ") + why;
    }

    boolean appliesAt(Instant at) {
        return since == null || !at.isBefore(since);
    }

    Openness openness(LocalDateTime localTime, ZoneId zone) {
        return new Openness(open, RULE, localTime, zone,
                reason + ", local " + LocalTexts.date(localTime.toLocalDate().toEpochDay()) + " "
                        + LocalTexts.time(localTime.toLocalTime().toSecondOfDay()) + " " + zone.getId());
    }
}
