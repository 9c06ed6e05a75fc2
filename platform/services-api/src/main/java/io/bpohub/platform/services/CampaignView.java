package io.bpohub.platform.services;

import io.bpohub.api.tenant.OperatingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign; {@code operatingMode} is the one in force, {@code modeOverridden} false when it is the tenant's. */
public record CampaignView(String key, String name, CampaignKind kind, CampaignState state, Offer offer, LocalDate startDate,
                           LocalDate endDate, List<DialingWindow> windows, List<Long> teamIds, List<Disposition> dispositions,
                           CadenceRules cadence, String scriptKey, OperatingMode operatingMode, boolean modeOverridden,
                           Instant createdAt, String createdBy, Instant changedAt, String changedBy) {
}
