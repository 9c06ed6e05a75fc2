package io.bpohub.platform.services;

import java.time.Instant;
import java.util.List;

/** A complaint, who has it, when it is due, and its notes (oldest first). */
public record ComplaintView(long id, long contactId, String campaignKey, String category, String description,
                            ComplaintSeverity severity, ComplaintStatus status, String assignee, String recordedBy,
                            Long departmentId, Long teamId, Instant createdAt, Instant dueAt, boolean overdue,
                            String resolution, Instant resolvedAt, Instant closedAt, List<ComplaintNote> notes) {
}
