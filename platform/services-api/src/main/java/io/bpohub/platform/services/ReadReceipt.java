package io.bpohub.platform.services;

import java.time.Instant;

public record ReadReceipt(String username, Instant readAt) {
}
