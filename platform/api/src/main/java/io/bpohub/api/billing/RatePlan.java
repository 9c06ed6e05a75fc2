package io.bpohub.api.billing;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the agency charges a tenant, in {@code currency}. Versions are effective-dated in {@code zone}
 * (which also places the time bands). Amounts are rounded once, to {@code scale} with {@code rounding},
 * as described on {@link Charge}.
 *
 * @param agencyOnly charge only work handled by the agency (hybrid tenants): in-house work gets a
 *                   {@link ChargeType#NOT_CHARGED} charge of zero
 */
public record RatePlan(String id, String currency, int scale, RoundingMode rounding, ZoneId zone, boolean agencyOnly,
                       List<RatePlanVersion> versions) {
    public RatePlan {
        if (id == null || zone == null) throw new IllegalArgumentException("a rate plan needs an id and a time zone");
        currency = Checks.currency(currency);
        Checks.scaleAndRounding(scale, rounding);
        if (versions == null || versions.isEmpty()) throw new IllegalArgumentException("rate plan " + id + " has no versions");
        versions = List.copyOf(versions);
        Set<Integer> numbers = new HashSet<>();
        Set<Object> dates = new HashSet<>();
        for (RatePlanVersion v : versions) {
            if (!numbers.add(v.version())) throw new IllegalArgumentException("rate plan " + id + " has version " + v.version() + " twice");
            if (!dates.add(v.effectiveFrom())) {
                throw new IllegalArgumentException("rate plan " + id + " has two versions from " + v.effectiveFrom());
            }
        }
    }
}
