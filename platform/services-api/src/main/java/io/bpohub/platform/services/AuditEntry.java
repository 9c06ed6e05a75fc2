package io.bpohub.platform.services;

import java.time.Instant;

public record AuditEntry(long id, Instant at, String actor, String actorTenant, String tenant, String action,
                         String target, String outcome, String detail, String origin) {
}
