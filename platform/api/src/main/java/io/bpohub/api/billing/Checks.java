package io.bpohub.api.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Validation shared by the value types; no arithmetic. */
final class Checks {
    private Checks() {
    }

    static String currency(String code) {
        if (code == null) throw new IllegalArgumentException("a currency is required");
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an ISO 4217 currency code: " + code);
        }
    }

    static void scaleAndRounding(int scale, RoundingMode rounding) {
        if (scale < 0 || scale > 10) throw new IllegalArgumentException("scale must be 0 to 10: " + scale);
        if (rounding == null) throw new IllegalArgumentException("a rounding mode is required");
        // UNNECESSARY would fail on the first amount that is not already exact at the scale
        if (rounding == RoundingMode.UNNECESSARY) throw new IllegalArgumentException("rounding mode UNNECESSARY cannot round amounts");
    }

    /** null stays null (not priced); otherwise a price must not be negative. */
    static BigDecimal price(String what, BigDecimal value) {
        if (value != null && value.signum() < 0) throw new IllegalArgumentException(what + " must not be negative: " + value);
        return value;
    }

    /** A fee or minimum: absent means zero. */
    static BigDecimal fee(String what, BigDecimal value) {
        return value == null ? BigDecimal.ZERO : price(what, value);
    }

    static String prefix(String prefix) {
        if (prefix == null || prefix.isEmpty() || !prefix.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("a destination prefix is one or more E.164 digits without '+': " + prefix);
        }
        return prefix;
    }
}
