package io.bpohub.billing;

import io.bpohub.api.billing.CarrierRate;
import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.ChargeType;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.CostTableVersion;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatingException;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.routing.Handler;
import org.junit.Test;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.bpohub.billing.Plans.money;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** The carrier side: per trunk, longest prefix, effective-dated, rounded like plans. */
public class CostRatingTest {
    private final RatingEngine engine = new RatingEngine();

    private final CostTable table = new CostTable("carriers", "USD", 4, RoundingMode.HALF_EVEN, ZoneId.of("UTC"), List.of(
            new CostTableVersion(1, LocalDate.of(2026, 1, 1), List.of(
                    new CarrierRate("trunk-a", "86", money("0.0200"), Increments.PER_MINUTE, null),
                    new CarrierRate(null, "86", money("0.0300"), Increments.PER_SECOND, null),
                    new CarrierRate(null, "8613", money("0.0500"), Increments.PER_SECOND, money("0.0010")))),
            new CostTableVersion(2, LocalDate.of(2026, 4, 1), List.of(
                    new CarrierRate(null, "86", money("0.0100"), Increments.PER_SECOND, null)))));

    private static UsageRecord call(String trunk, String at, long seconds, String number) {
        return UsageRecord.call("c", "acme", Instant.parse(at), seconds, number, Handler.AGENCY, trunk);
    }

    @Test
    public void trunkRatesFirstThenAnyTrunkByLongestPrefix() {
        Object[][] cases = {
                // trunk, start, talk s, number, amount, rule part
                {"trunk-a", "2026-03-02T12:00:00Z", 61, "+8613912345678", "0.0400", "trunk trunk-a prefix 86 "},
                {"trunk-b", "2026-03-02T12:00:00Z", 61, "+8613912345678", "0.0518", "trunk any prefix 8613 "}, // 0.001 + 61 × 0.05 / 60
                {null, "2026-03-02T12:00:00Z", 30, "+8610123", "0.0150", "trunk any prefix 86 "},
                {null, "2026-03-02T12:00:00Z", 0, "+8613912345678", "0.0010", "prefix 8613"},
                {"trunk-a", "2026-04-01T00:00:00Z", 60, "+8613912345678", "0.0100", "cost table carriers v2"},
        };
        for (Object[] row : cases) {
            Charge cost = engine.cost(call((String) row[0], (String) row[1], (int) row[2], (String) row[3]), table);
            assertEquals(cost.rule(), ChargeType.CARRIER_COST, cost.type());
            assertEquals(cost.rule(), row[4], cost.amount().toPlainString());
            assertTrue(cost.rule(), cost.rule().contains((String) row[5]));
            assertEquals("USD", cost.currency());
        }
        assertThrows(RatingException.class, () -> engine.cost(call(null, "2026-03-02T12:00:00Z", 60, "+4420"), table));
        assertThrows(RatingException.class, () -> engine.cost(call(null, "2025-03-02T12:00:00Z", 60, "+86"), table));
        assertThrows(IllegalArgumentException.class,
                () -> engine.cost(UsageRecord.order("o", "acme", Instant.parse("2026-03-02T12:00:00Z"), 1, Handler.AGENCY), table));
    }
}
