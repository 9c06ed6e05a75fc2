package io.bpohub.billing;

import io.bpohub.api.billing.Increments;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Billed quantities and THE rounding point of the engine. Nothing else in the bundle rounds money. */
final class Amounts {
    private static final BigDecimal[] DIVISORS = new BigDecimal[3601];

    private Amounts() {
    }

    /**
     * Talk seconds after increments: 0 s stays 0 (no block is started); otherwise the whole first
     * block, then every started next block.
     */
    static long billedSeconds(long seconds, Increments increments) {
        if (seconds <= 0) return 0;
        int first = increments.firstSeconds();
        if (seconds <= first) return first;
        int next = increments.nextSeconds();
        long blocks = (seconds - first + next - 1) / next;
        return first + blocks * next;
    }

    /**
     * {@code round(max(minimum, fees + quantity × unitPrice / pricedPer), scale, rounding)}, computed
     * exactly: the numerator is an exact product and sum, the division by {@code pricedPer} rounds once.
     * Rounding talk and fees separately would make a 3-part charge differ by a cent from the same total
     * rounded once, and invoices would not reconcile with their charges.
     */
    static BigDecimal amount(BigDecimal fees, BigDecimal quantity, BigDecimal unitPrice, int pricedPer, BigDecimal minimum,
                             int scale, RoundingMode rounding) {
        BigDecimal per = divisor(pricedPer);
        BigDecimal numerator = fees.multiply(per).add(quantity.multiply(unitPrice));
        if (minimum.signum() > 0) {
            BigDecimal minimumNumerator = minimum.multiply(per);
            if (minimumNumerator.compareTo(numerator) > 0) numerator = minimumNumerator;
        }
        return numerator.divide(per, scale, rounding);
    }

    /** Whether the minimum decided the amount, for the rule text (the same comparison as {@link #amount}). */
    static boolean minimumApplies(BigDecimal fees, BigDecimal quantity, BigDecimal unitPrice, int pricedPer, BigDecimal minimum) {
        if (minimum.signum() <= 0) return false;
        BigDecimal per = divisor(pricedPer);
        return minimum.multiply(per).compareTo(fees.multiply(per).add(quantity.multiply(unitPrice))) > 0;
    }

    private static BigDecimal divisor(int pricedPer) {
        if (pricedPer < DIVISORS.length) {
            BigDecimal d = DIVISORS[pricedPer];
            if (d == null) DIVISORS[pricedPer] = d = BigDecimal.valueOf(pricedPer); // benign race: equal values
            return d;
        }
        return BigDecimal.valueOf(pricedPer);
    }
}
