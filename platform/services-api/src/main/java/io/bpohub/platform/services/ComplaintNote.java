package io.bpohub.platform.services;

import java.time.Instant;

/** A note on a complaint; a status change writes one with {@code from} and {@code to}. */
public record ComplaintNote(Instant at, String by, String text, ComplaintStatus from, ComplaintStatus to) {
}
