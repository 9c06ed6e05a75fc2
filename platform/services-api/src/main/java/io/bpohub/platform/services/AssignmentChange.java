package io.bpohub.platform.services;

import java.time.Instant;

/** One move of a contact in the tree (assignment or reassignment), with where it was before. */
public record AssignmentChange(Instant at, String actor, String reason, Long fromDepartmentId, Long toDepartmentId,
                               Long fromTeamId, Long toTeamId, String fromAgent, String toAgent) {
}
