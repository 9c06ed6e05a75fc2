package io.bpohub.platform.services;

import java.time.Instant;

/** An API token for scripts; {@code token} is only filled in the answer that created it. */
public record ApiTokenView(long id, String name, String token, Instant createdAt, Instant expiresAt) {
}
