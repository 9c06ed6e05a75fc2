package io.bpohub.api.billing;

import java.math.BigDecimal;

/**
 * What a carrier charges the agency for calls on {@code trunk} (null = any trunk without its own rate
 * for the destination) to numbers starting with {@code prefix}.
 */
public record CarrierRate(String trunk, String prefix, BigDecimal perMinute, Increments increments, BigDecimal connectionFee) {
    public CarrierRate {
        Checks.prefix(prefix);
        if (perMinute == null || increments == null) {
            throw new IllegalArgumentException("carrier rate " + trunk + "/" + prefix + " needs a price and increments");
        }
        Checks.price("carrier price", perMinute);
        connectionFee = Checks.fee("carrier connection fee", connectionFee);
    }
}
