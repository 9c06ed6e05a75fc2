package io.bpohub.platform.services;

import io.bpohub.api.tenant.OperatingMode;

/** What the agency enters when it onboards a client company. */
public record NewTenant(String slug, String name, String timeZone, String locale, String currency,
                        OperatingMode operatingMode) {
}
