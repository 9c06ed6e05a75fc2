package io.bpohub.platform.services;

import java.time.Instant;

/** A complete export of one tenant's data, written before the tenant may be offboarded. */
public record TenantExport(String tenantSlug, String file, long bytes, long contacts, long users, Instant createdAt) {
}
