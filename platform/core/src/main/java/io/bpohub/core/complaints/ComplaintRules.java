package io.bpohub.core.complaints;

import io.bpohub.platform.services.ComplaintSeverity;
import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.PlatformException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Complaint status moves and due dates. A resolved or closed complaint can be reopened (the customer
 * calls back); reopening starts a new due period. Due periods run on the calendar clock, not business
 * hours: a complaint about a weekend delivery is as urgent on Saturday.
 */
public final class ComplaintRules {
    private static final Map<ComplaintStatus, Set<ComplaintStatus>> NEXT = Map.of(
            ComplaintStatus.OPEN, EnumSet.of(ComplaintStatus.IN_PROGRESS, ComplaintStatus.RESOLVED),
            ComplaintStatus.IN_PROGRESS, EnumSet.of(ComplaintStatus.RESOLVED),
            ComplaintStatus.RESOLVED, EnumSet.of(ComplaintStatus.CLOSED, ComplaintStatus.OPEN),
            ComplaintStatus.CLOSED, EnumSet.of(ComplaintStatus.OPEN));

    private static final Map<ComplaintSeverity, Duration> DUE = Map.of(
            ComplaintSeverity.CRITICAL, Duration.ofHours(24),
            ComplaintSeverity.HIGH, Duration.ofHours(48),
            ComplaintSeverity.MEDIUM, Duration.ofDays(5),
            ComplaintSeverity.LOW, Duration.ofDays(10));

    private ComplaintRules() {
    }

    public static boolean allowed(ComplaintStatus from, ComplaintStatus to) {
        return NEXT.get(from).contains(to);
    }

    public static void check(long id, ComplaintStatus from, ComplaintStatus to) {
        if (to == null) throw PlatformException.invalid("status", "status is required: one of " + java.util.List.of(ComplaintStatus.values()));
        if (!allowed(from, to)) {
            throw PlatformException.conflict("status", "complaint " + id + " is " + from + " and cannot become " + to
                    + "; from " + from + " it can become " + NEXT.get(from));
        }
    }

    public static Instant due(ComplaintSeverity severity, Instant from) {
        return from.plus(DUE.get(severity));
    }

    /** Still to be dealt with after its due time. */
    public static boolean overdue(ComplaintStatus status, Instant dueAt, Instant now) {
        return (status == ComplaintStatus.OPEN || status == ComplaintStatus.IN_PROGRESS) && now.isAfter(dueAt);
    }
}
