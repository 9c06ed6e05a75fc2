package io.bpohub.platform.services;

import java.time.Instant;

/** A callback to book; {@code agentUsername} null = the caller. */
public record NewCallback(Instant dueAt, String agentUsername, String note) {
}
