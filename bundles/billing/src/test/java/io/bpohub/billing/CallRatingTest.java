package io.bpohub.billing;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.ChargeType;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import org.junit.Test;

import java.math.RoundingMode;

import static io.bpohub.billing.Plans.call;
import static io.bpohub.billing.Plans.withFees;
import static org.junit.Assert.assertEquals;

/** Talk time at the boundaries of the increments, with minimum charge and fees. Price 0.60/min = 0.01/s. */
public class CallRatingTest {
    private final RatingEngine engine = new RatingEngine();

    private static final Object[][] INCREMENTS = {
            // increments, talk s, billed s, amount, charge type
            {Increments.PER_MINUTE, 0, 0, "0.00", ChargeType.ATTEMPT},
            {Increments.PER_MINUTE, 1, 60, "0.60", ChargeType.TALK},
            {Increments.PER_MINUTE, 59, 60, "0.60", ChargeType.TALK},
            {Increments.PER_MINUTE, 60, 60, "0.60", ChargeType.TALK},
            {Increments.PER_MINUTE, 61, 120, "1.20", ChargeType.TALK},
            {Increments.THIRTY_SIX, 0, 0, "0.00", ChargeType.ATTEMPT},
            {Increments.THIRTY_SIX, 1, 30, "0.30", ChargeType.TALK},
            {Increments.THIRTY_SIX, 30, 30, "0.30", ChargeType.TALK},
            {Increments.THIRTY_SIX, 31, 36, "0.36", ChargeType.TALK},
            {Increments.THIRTY_SIX, 36, 36, "0.36", ChargeType.TALK},
            {Increments.THIRTY_SIX, 37, 42, "0.42", ChargeType.TALK},
            {Increments.PER_SECOND, 0, 0, "0.00", ChargeType.ATTEMPT},
            {Increments.PER_SECOND, 1, 1, "0.01", ChargeType.TALK},
            {Increments.PER_SECOND, 60, 60, "0.60", ChargeType.TALK},
            {Increments.PER_SECOND, 61, 61, "0.61", ChargeType.TALK},
            {new Increments(60, 1), 61, 61, "0.61", ChargeType.TALK},
            {new Increments(60, 1), 30, 60, "0.60", ChargeType.TALK},
    };

    @Test
    public void incrementsAtTheirBoundaries() {
        for (Object[] row : INCREMENTS) {
            RatePlan plan = withFees("EUR", 2, RoundingMode.HALF_UP, (Increments) row[0], "0.60", null, null, null);
            Charge charge = engine.rate(call("c", (int) row[1]), plan);
            String label = row[0] + " " + row[1] + " s: " + charge.rule();
            assertEquals(label, (long) (int) row[2], charge.quantity().longValueExact());
            assertEquals(label, row[3], charge.amount().toPlainString());
            assertEquals(label, row[4], charge.type());
        }
    }

    private static final Object[][] MINIMUM_AND_FEES = {
            // 60/60 at 0.20/min; minimum, connection fee, attempt fee, talk s, amount, minimum applied
            {"0.50", "0.05", null, 0, "0.05", false},   // 0 s: fees only, the minimum is for calls with talk time
            {"0.50", "0.05", "0.02", 0, "0.07", false},
            {"0.50", "0.05", null, 1, "0.50", true},    // 0.05 + 0.20 < 0.50
            {"0.50", "0.05", null, 120, "0.50", true},  // 0.05 + 0.40 < 0.50
            {"0.50", "0.05", null, 121, "0.65", false}, // 0.05 + 0.60
            {"0.45", "0.05", null, 120, "0.45", false}, // exactly the minimum: not "applied"
            {null, "0.05", "0.02", 61, "0.47", false},
            {"0.50", null, null, 0, "0.00", false},
    };

    @Test
    public void minimumChargeAndFees() {
        for (Object[] row : MINIMUM_AND_FEES) {
            RatePlan plan = withFees("EUR", 2, RoundingMode.HALF_UP, Increments.PER_MINUTE, "0.20", (String) row[0], (String) row[1], (String) row[2]);
            Charge charge = engine.rate(call("c", (int) row[3]), plan);
            String label = java.util.Arrays.toString(row) + ": " + charge.rule();
            assertEquals(label, row[4], charge.amount().toPlainString());
            assertEquals(label, row[5], charge.rule().contains("minimum"));
        }
    }

    @Test
    public void chargeNamesItsSourceAndPlan() {
        RatePlan plan = withFees("EUR", 2, RoundingMode.HALF_UP, Increments.THIRTY_SIX, "0.60", "0.10", "0.05", null);
        Charge charge = engine.rate(call("cdr-42", 31), plan);
        assertEquals("cdr-42", charge.sourceId());
        assertEquals("acme", charge.tenant());
        assertEquals("p-EUR", charge.planId());
        assertEquals(1, charge.planVersion());
        assertEquals("EUR", charge.currency());
        assertEquals(60, charge.pricedPer());
        assertEquals("0.60", charge.unitPrice().toPlainString());
        assertEquals("0.05", charge.fees().toPlainString());
        assertEquals("talk 31 s billed 36 s at 30/6; destination 44 (United Kingdom) at 0.60/min, band base at start 2026-03-02 12:00:00 UTC;"
                + " fees 0.05; plan p-EUR v1 from 2026-01-01; HALF_UP to scale 2", charge.rule());
    }
}
