package io.bpohub.platform.services;

import java.time.Instant;

public record ContactView(long id, String name, String phone, Long departmentId, Long teamId,
                          String agentUsername, Instant createdAt) {
}
