package io.bpohub.platform.services;

import io.bpohub.api.tenant.OperatingMode;
import java.time.Instant;

public record TenantView(String slug, String name, String timeZone, String locale, String currency,
                         OperatingMode operatingMode, TenantStatus status, String schemaVersion,
                         String migrationError, Instant createdAt) {
}
