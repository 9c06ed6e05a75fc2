package io.bpohub.platform.services;

import java.time.Instant;

/**
 * The wrap-up of one call: the disposition key pressed, the call it belongs to (CDR id or dialer
 * reference), when the call ended (null = now; never in the future), and an optional note.
 */
public record CallOutcome(String dispositionKey, String callRef, Instant calledAt, String note) {
}
