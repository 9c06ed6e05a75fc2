package io.bpohub.core.db;

import java.math.BigDecimal;

/** Stored decimals (DECIMAL(24,8)) as people read them: without trailing zeros, never in exponent form. */
public final class Decimals {
    private Decimals() {
    }

    public static BigDecimal trimmed(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        // 500.00 strips to 5E+2; scale 0 keeps the same value and prints as 500
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
