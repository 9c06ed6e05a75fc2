package io.bpohub.api.billing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Carrier rates from {@code effectiveFrom} (local midnight in the table's zone) until the next version. */
public record CostTableVersion(int version, LocalDate effectiveFrom, List<CarrierRate> rates) {
    public CostTableVersion {
        if (effectiveFrom == null) throw new IllegalArgumentException("cost table version " + version + " needs an effective date");
        rates = rates == null ? List.of() : List.copyOf(rates);
        Set<String> keys = new HashSet<>();
        for (CarrierRate r : rates) {
            if (!keys.add(r.trunk() + "/" + r.prefix())) {
                throw new IllegalArgumentException("trunk " + r.trunk() + " prefix " + r.prefix() + " twice in version " + version);
            }
        }
    }
}
