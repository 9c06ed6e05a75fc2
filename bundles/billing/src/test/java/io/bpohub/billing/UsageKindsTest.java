package io.bpohub.billing;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.ChargeType;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.QuantityUnit;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatingException;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.routing.Handler;
import org.junit.Test;

import java.math.RoundingMode;

import static io.bpohub.billing.Plans.MONDAY_NOON;
import static io.bpohub.billing.Plans.withFees;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Messages, seat time, orders, and agency-only plans. Test plans: sms 0.05/part, email 0.01, seat 12.50/h, order 15.00, platform fee 800.00/month. */
public class UsageKindsTest {
    private final RatingEngine engine = new RatingEngine();
    private final RatePlan plan = withFees("EUR", 2, RoundingMode.HALF_UP, Increments.PER_MINUTE, "0.60", "0.50", "0.05", "0.02");

    private static RatePlan agencyOnly(RatePlan p) {
        return new RatePlan(p.id(), p.currency(), p.scale(), p.rounding(), p.zone(), true, p.versions());
    }

    @Test
    public void messagesArePricedPerPartByChannel() {
        Charge sms = engine.rate(UsageRecord.message("m1", "acme", MONDAY_NOON, "sms", 3, Handler.AGENCY), plan);
        assertEquals(ChargeType.MESSAGE, sms.type());
        assertEquals(QuantityUnit.PART, sms.unit());
        assertEquals("0.15", sms.amount().toPlainString());
        // channel names are matched without regard to case; fees and minimum are for calls only
        assertEquals("0.01", engine.rate(UsageRecord.message("m2", "acme", MONDAY_NOON, "email", 1, Handler.AGENCY), plan).amount().toPlainString());
        RatingException fax = assertThrows(RatingException.class,
                () -> engine.rate(UsageRecord.message("m3", "acme", MONDAY_NOON, "fax", 2, Handler.AGENCY), plan));
        assertTrue(fax.getMessage(), fax.getMessage().contains("MESSAGE m3") && fax.getMessage().contains("channel fax"));
    }

    @Test
    public void theMonthlyPlatformFeeIsChargedOncePerPeriodEvenOnAgencyOnlyPlans() {
        for (RatePlan p : new RatePlan[] {plan, agencyOnly(plan)}) {
            Charge fee = engine.rate(UsageRecord.period("2026-11", "acme", MONDAY_NOON), p);
            assertEquals(ChargeType.PLATFORM_FEE, fee.type());
            assertEquals(QuantityUnit.MONTH, fee.unit());
            assertEquals("800.00", fee.amount().toPlainString());
            assertEquals("2026-11", fee.sourceId());
        }
        io.bpohub.api.billing.RatePlanVersion v = plan.versions().get(0);
        RatePlan withoutFee = new RatePlan("no-fee", "EUR", 2, RoundingMode.HALF_UP, plan.zone(), false, java.util.List.of(
                new io.bpohub.api.billing.RatePlanVersion(v.version(), v.effectiveFrom(), v.increments(), v.minimumCharge(), v.connectionFee(),
                        v.attemptFee(), v.bands(), v.destinations(), v.seatPerAgentHour(), v.commissionPerOrder(), v.messagePerPart(), null)));
        Charge none = engine.rate(UsageRecord.period("2026-11", "acme", MONDAY_NOON), withoutFee);
        assertEquals(ChargeType.NOT_CHARGED, none.type());
        assertEquals("0.00", none.amount().toPlainString());
        assertTrue(none.rule(), none.rule().startsWith("not charged: no platform fee"));
        assertThrows(IllegalArgumentException.class, () -> new UsageRecord(io.bpohub.api.billing.SourceType.PERIOD, "2026-11", "acme",
                MONDAY_NOON, 0, 2, null, Handler.AGENCY, null, null));
    }

    @Test
    public void seatTimeIsPricedPerAgentHourToTheSecond() {
        Object[][] cases = {{3600, "12.50"}, {5400, "18.75"}, {100, "0.35"}, {1, "0.00"}, {0, "0.00"}};
        for (Object[] row : cases) {
            Charge seat = engine.rate(UsageRecord.seatInterval("s", "acme", MONDAY_NOON, (int) row[0], Handler.AGENCY), plan);
            assertEquals(seat.rule(), row[1], seat.amount().toPlainString());
            assertEquals(3600, seat.pricedPer());
            assertEquals(ChargeType.SEAT, seat.type());
        }
    }

    @Test
    public void ordersArePricedPerOrder() {
        Charge order = engine.rate(UsageRecord.order("o1", "acme", MONDAY_NOON, 2, Handler.AGENCY), plan);
        assertEquals(ChargeType.COMMISSION, order.type());
        assertEquals("30.00", order.amount().toPlainString());
    }

    @Test
    public void agencyOnlyPlansChargeInHouseWorkZeroWithAReason() {
        RatePlan hybrid = agencyOnly(plan);
        UsageRecord[] inHouse = {
                UsageRecord.call("c1", "acme", MONDAY_NOON, 61, "+442071234567", Handler.IN_HOUSE, "t1"),
                UsageRecord.message("m1", "acme", MONDAY_NOON, "fax", 2, Handler.IN_HOUSE), // not even priced: not needed
                UsageRecord.seatInterval("s1", "acme", MONDAY_NOON, 3600, Handler.IN_HOUSE),
                UsageRecord.order("o1", "acme", MONDAY_NOON, 1, Handler.IN_HOUSE),
        };
        for (UsageRecord record : inHouse) {
            Charge charge = engine.rate(record, hybrid);
            assertEquals(record.toString(), ChargeType.NOT_CHARGED, charge.type());
            assertEquals(record.toString(), "0.00", charge.amount().toPlainString());
            assertEquals(record.sourceId(), charge.sourceId());
            assertTrue(charge.rule(), charge.rule().startsWith("not charged: handled in-house"));
        }
        UsageRecord agencyCall = UsageRecord.call("c2", "acme", MONDAY_NOON, 61, "+442071234567", Handler.AGENCY, "t1");
        assertEquals("1.27", engine.rate(agencyCall, hybrid).amount().toPlainString()); // 1.20 + 0.05 + 0.02
        // a plan that is not agency-only charges in-house work like any other
        assertEquals("1.27", engine.rate(inHouse[0], plan).amount().toPlainString());
        assertEquals(ChargeType.TALK, engine.rate(inHouse[0], plan).type());
    }

    @Test
    public void usageRecordsRefuseInconsistentFields() {
        assertThrows(IllegalArgumentException.class, () -> UsageRecord.call("c", "acme", MONDAY_NOON, -1, "+44", Handler.AGENCY, null));
        assertThrows(IllegalArgumentException.class, () -> UsageRecord.call("c", "acme", MONDAY_NOON, 1, null, Handler.AGENCY, null));
        assertThrows(IllegalArgumentException.class, () -> UsageRecord.call("c", "acme", MONDAY_NOON, 1, "+44", null, null));
        assertThrows(IllegalArgumentException.class, () -> UsageRecord.message("m", "acme", MONDAY_NOON, null, 1, Handler.AGENCY));
    }
}
