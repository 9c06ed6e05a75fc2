package io.bpohub.platform.services;

import java.time.Instant;

public record CalendarRevision(long revision, Instant changedAt, String changedBy, String note) {
}
