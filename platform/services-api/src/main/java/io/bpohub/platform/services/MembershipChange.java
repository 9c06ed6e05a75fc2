package io.bpohub.platform.services;

import java.time.Instant;

/** One period a person spent in an org unit; {@code until} is null for the current one. */
public record MembershipChange(Long unitId, String unitName, Instant since, Instant until, String changedBy) {
}
