package io.bpohub.billing;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.Increments;
import org.junit.Test;

import java.math.RoundingMode;

import static io.bpohub.billing.Plans.call;
import static io.bpohub.billing.Plans.plan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

/** Ties decide between HALF_UP and HALF_EVEN; the amount always has the plan's scale. */
public class RoundingAndCurrencyTest {
    private final RatingEngine engine = new RatingEngine();

    private static final Object[][] CASES = {
            // currency, scale, increments, per minute, talk s, HALF_UP, HALF_EVEN
            {"EUR", 2, Increments.PER_MINUTE, "0.125", 60, "0.13", "0.12"},      // tie in the price
            {"EUR", 2, Increments.PER_MINUTE, "0.135", 60, "0.14", "0.14"},
            {"EUR", 2, Increments.PER_SECOND, "0.10", 15, "0.03", "0.02"},       // 0.025: a tie made by the division by 60
            {"EUR", 2, Increments.PER_SECOND, "0.10", 1, "0.00", "0.00"},        // 0.001666...
            {"EUR", 4, Increments.PER_SECOND, "0.10", 1, "0.0017", "0.0017"},
            {"EUR", 4, Increments.PER_MINUTE, "0.12345", 60, "0.1235", "0.1234"},
            {"EUR", 4, Increments.PER_MINUTE, "0.12355", 60, "0.1236", "0.1236"},
            {"EUR", 4, Increments.PER_SECOND, "0.0003", 30, "0.0002", "0.0002"}, // 0.00015 -> tie at scale 4
            {"USD", 2, Increments.PER_MINUTE, "1", 60, "1.00", "1.00"},          // scale from the plan, not the price
            {"JPY", 0, Increments.PER_SECOND, "10", 15, "3", "2"},                // 2.5 yen
            {"JPY", 0, Increments.PER_SECOND, "10", 45, "8", "8"},                // 7.5 yen
            {"BHD", 3, Increments.PER_MINUTE, "0.0125", 60, "0.013", "0.012"},
            {"CNY", 2, Increments.THIRTY_SIX, "0.39", 31, "0.23", "0.23"},       // 36 s: 0.234
    };

    @Test
    public void halfUpAndHalfEvenAtEachScale() {
        for (Object[] row : CASES) {
            for (RoundingMode mode : new RoundingMode[]{RoundingMode.HALF_UP, RoundingMode.HALF_EVEN}) {
                Charge charge = engine.rate(call("c", (int) row[4]), plan((String) row[0], (int) row[1], mode, (Increments) row[2], (String) row[3]));
                String expected = (String) row[mode == RoundingMode.HALF_UP ? 5 : 6];
                String label = java.util.Arrays.toString(row) + " " + mode;
                assertEquals(label, expected, charge.amount().toPlainString());
                assertEquals(label, (int) row[1], charge.amount().scale());
                assertEquals(label, row[0], charge.currency());
            }
        }
    }

    @Test
    public void plansRefuseWhatCannotBeRounded() {
        assertThrows(IllegalArgumentException.class, () -> plan("EUR", 2, RoundingMode.UNNECESSARY, Increments.PER_SECOND, "1"));
        assertThrows(IllegalArgumentException.class, () -> plan("EUR", -1, RoundingMode.HALF_UP, Increments.PER_SECOND, "1"));
        assertThrows(IllegalArgumentException.class, () -> plan("EURO", 2, RoundingMode.HALF_UP, Increments.PER_SECOND, "1"));
        assertThrows(IllegalArgumentException.class, () -> plan("EUR", 2, RoundingMode.HALF_UP, Increments.PER_SECOND, "-0.01"));
        assertThrows(IllegalArgumentException.class, () -> new Increments(0, 6));
    }
}
