package io.bpohub.platform.services;

import java.time.Instant;
import java.util.List;

public record LoginResult(String token, Instant expiresAt, UserView user, List<String> permissions) {
}
