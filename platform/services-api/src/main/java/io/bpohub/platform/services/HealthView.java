package io.bpohub.platform.services;

import java.time.Instant;

/** {@code status}: UP, or MIGRATING while tenant schemas are being brought up to date after a start. */
public record HealthView(String status, int tenants, int openTenantPools, Instant startedAt, int tenantMigrationFailures) {
}
