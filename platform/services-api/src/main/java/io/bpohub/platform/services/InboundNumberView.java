package io.bpohub.platform.services;

import java.time.Instant;

/** An inbound number (E.164) and the tenant whose calls it brings. */
public record InboundNumberView(String number, String tenant, String assignedBy, Instant assignedAt) {
}
