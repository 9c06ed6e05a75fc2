package io.bpohub.api.billing;

import java.math.BigDecimal;

/**
 * The price of one usage record: exactly one charge per source record (and one carrier cost per CDR).
 * <p>
 * <b>The one rounding point.</b> {@code unitPrice} is the price of {@code pricedPer} units of
 * {@code quantity} (talk seconds are priced per minute: 60; seat seconds per agent-hour: 3600; parts
 * and orders: 1). Nothing is rounded until the final amount, which is always
 * <pre>
 *   amount = round(max(minimum, fees + quantity × unitPrice / pricedPer), scale, rounding)
 * </pre>
 * computed exactly (one division, rounded by {@link BigDecimal#divide(BigDecimal, int, java.math.RoundingMode)}),
 * with the plan's scale and rounding mode; {@code amount.scale()} is the plan's scale. {@code fees},
 * {@code minimum}, {@code unitPrice} are the plan's figures as entered, unrounded.
 *
 * @param quantity    billed quantity: talk seconds after increments, seat seconds, parts, orders
 * @param fees        connection fee + attempt fee applied (zero if none)
 * @param minimum     the minimum charge that applied to this record (zero if none)
 * @param planId      the rate plan (or cost table) id
 * @param planVersion the version in force at the record's start
 * @param rule        readable: which destination, band, increments, fees and minimum priced it
 */
public record Charge(SourceType sourceType, String sourceId, String tenant, ChargeType type, BigDecimal quantity,
                     QuantityUnit unit, BigDecimal unitPrice, int pricedPer, BigDecimal fees, BigDecimal minimum,
                     BigDecimal amount, String currency, String planId, int planVersion, String rule) {
    public Charge {
        if (sourceType == null || sourceId == null || type == null || quantity == null || unit == null || unitPrice == null
                || fees == null || minimum == null || amount == null || currency == null || planId == null || rule == null) {
            throw new IllegalArgumentException("incomplete charge for " + sourceType + " " + sourceId);
        }
        if (pricedPer < 1) throw new IllegalArgumentException("pricedPer must be at least 1: " + pricedPer);
    }
}
