package io.bpohub.api.billing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Price of calls to numbers starting with {@code prefix} (E.164 digits, no '+'); the longest matching
 * prefix of a plan version wins.
 *
 * @param perMinute     price per minute outside every time band
 * @param bandPerMinute price per minute inside a {@link TimeBand}, by band name; a band not listed here
 *                      costs {@code perMinute}
 */
public record DestinationRate(String prefix, String name, BigDecimal perMinute, Map<String, BigDecimal> bandPerMinute) {
    public DestinationRate {
        Checks.prefix(prefix);
        if (perMinute == null) throw new IllegalArgumentException("destination " + prefix + " has no price per minute");
        Checks.price("price of destination " + prefix, perMinute);
        bandPerMinute = bandPerMinute == null ? Map.of() : Map.copyOf(bandPerMinute);
        bandPerMinute.forEach((band, price) -> Checks.price("band " + band + " price of destination " + prefix, price));
    }

    public DestinationRate(String prefix, String name, BigDecimal perMinute) {
        this(prefix, name, perMinute, Map.of());
    }
}
