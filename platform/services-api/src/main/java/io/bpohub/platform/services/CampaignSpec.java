package io.bpohub.platform.services;

import io.bpohub.api.tenant.OperatingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as created or updated. Left null: {@code windows}, {@code dispositions} and {@code cadence}
 * take the defaults of decision 0013, {@code operatingMode} follows the tenant, {@code endDate} is open.
 */
public record CampaignSpec(String name, CampaignKind kind, Offer offer, LocalDate startDate, LocalDate endDate,
                           List<DialingWindow> windows, List<Long> teamIds, List<Disposition> dispositions,
                           CadenceRules cadence, String scriptKey, OperatingMode operatingMode) {
}
