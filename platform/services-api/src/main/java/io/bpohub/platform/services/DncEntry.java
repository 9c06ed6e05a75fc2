package io.bpohub.platform.services;

import java.time.Instant;

/** A number on a do-not-call list (a tenant's, or the agency-wide list). */
public record DncEntry(String number, String source, Instant addedAt, String addedBy) {
}
