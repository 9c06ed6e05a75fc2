package io.bpohub.api.billing;

import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What the agency pays carriers, in {@code currency}, rounded like a rate plan (see {@link Charge}). */
public record CostTable(String id, String currency, int scale, RoundingMode rounding, ZoneId zone, List<CostTableVersion> versions) {
    public CostTable {
        if (id == null || zone == null) throw new IllegalArgumentException("a cost table needs an id and a time zone");
        currency = Checks.currency(currency);
        Checks.scaleAndRounding(scale, rounding);
        if (versions == null || versions.isEmpty()) throw new IllegalArgumentException("cost table " + id + " has no versions");
        versions = List.copyOf(versions);
        Set<Integer> numbers = new HashSet<>();
        Set<Object> dates = new HashSet<>();
        for (CostTableVersion v : versions) {
            if (!numbers.add(v.version()) || !dates.add(v.effectiveFrom())) {
                throw new IllegalArgumentException("cost table " + id + " repeats version " + v.version() + " or date " + v.effectiveFrom());
            }
        }
    }
}
