package io.bpohub.billing;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.billing.TimeBand;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.routing.Handler;
import org.junit.Test;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/** Randomised with fixed seeds: a failure names its case and reproduces exactly. */
public class RatingPropertiesTest {
    private static final Increments[] INCREMENTS = {Increments.PER_MINUTE, Increments.THIRTY_SIX, Increments.PER_SECOND, new Increments(60, 6)};
    private static final String[] ZONES = {"UTC", "Europe/Berlin", "Asia/Shanghai", "America/New_York", "Asia/Kolkata"};
    private static final RoundingMode[] MODES = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.UP, RoundingMode.DOWN};

    private static BigDecimal price(Random random, int decimals) {
        return BigDecimal.valueOf(random.nextInt(200_000), decimals);
    }

    private static List<DestinationRate> destinations(Random random, boolean bands) {
        List<DestinationRate> list = new ArrayList<>();
        for (String prefix : new String[]{"1", "1212", "44", "4420", "49", "86", "861", "8613"}) {
            Map<String, BigDecimal> band = bands ? Map.of("off-peak", price(random, 5)) : Map.of();
            list.add(new DestinationRate(prefix, null, price(random, 5), band));
        }
        return list;
    }

    static RatePlan randomPlan(Random random, String id) {
        List<RatePlanVersion> versions = new ArrayList<>();
        boolean bands = random.nextBoolean();
        List<TimeBand> timeBands = bands ? List.of(new TimeBand("off-peak", EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                LocalTime.of(19, 30), LocalTime.of(7, 30)), new TimeBand("off-peak", EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)) : List.of();
        for (int v = 1; v <= 2; v++) {
            versions.add(new RatePlanVersion(v, LocalDate.of(2026, v, 1), INCREMENTS[random.nextInt(INCREMENTS.length)],
                    random.nextBoolean() ? price(random, 4) : null, random.nextBoolean() ? price(random, 4) : null,
                    random.nextBoolean() ? price(random, 4) : null, timeBands, destinations(random, bands),
                    price(random, 2), price(random, 2), Map.of("sms", price(random, 4)), price(random, 2)));
        }
        return new RatePlan(id, random.nextBoolean() ? "EUR" : "CNY", random.nextInt(5), MODES[random.nextInt(MODES.length)],
                ZoneId.of(ZONES[random.nextInt(ZONES.length)]), random.nextInt(4) == 0, versions);
    }

    private static final String[] NUMBERS = {"+12125550100", "+13105550100", "+442071234567", "+441612345678", "+4930123456",
            "+8613912345678", "+8615012345678", "+862112345678"};

    private static UsageRecord randomCall(Random random, String id, long seconds) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L + random.nextInt(58 * 86_400));
        return UsageRecord.call(id, "t", start, seconds, NUMBERS[random.nextInt(NUMBERS.length)],
                random.nextInt(3) == 0 ? Handler.IN_HOUSE : Handler.AGENCY, "trunk");
    }

    @Test
    public void theChargeNeverDecreasesAsTalkTimeGrows() {
        Random random = new Random(3_2026);
        RatingEngine engine = new RatingEngine();
        for (int p = 0; p < 200; p++) {
            RatePlan plan = randomPlan(random, "p" + p);
            UsageRecord call = randomCall(random, "c" + p, 0);
            BigDecimal previous = null;
            for (long s = 0; s <= 400; s++) {
                UsageRecord longer = new UsageRecord(call.sourceType(), call.sourceId(), call.tenant(), call.start(), s, 0,
                        call.destination(), call.handler(), null, call.trunk());
                BigDecimal amount = engine.rate(longer, plan).amount();
                if (previous != null) assertTrue(plan + " " + longer + ": " + previous + " > " + amount, amount.compareTo(previous) >= 0);
                previous = amount;
            }
        }
    }

    @Test
    public void ratingIsDeterministicIncludingScale() {
        Random random = new Random(4_2026);
        RatingEngine engine = new RatingEngine();
        for (int p = 0; p < 100; p++) {
            long seed = random.nextLong();
            RatePlan plan = randomPlan(new Random(seed), "p" + p);
            RatePlan samePlanRebuilt = randomPlan(new Random(seed), "p" + p); // an equal value, another object
            assertEquals(plan, samePlanRebuilt);
            for (int c = 0; c < 200; c++) {
                UsageRecord call = randomCall(random, "c" + c, random.nextInt(3) == 0 ? 0 : random.nextInt(3600));
                Charge first = engine.rate(call, plan);
                assertEquals(call.toString(), first, engine.rate(call, plan));
                assertEquals(call.toString(), first, new RatingEngine().rate(call, samePlanRebuilt));
                assertEquals(call.toString(), plan.scale(), first.amount().scale());
            }
        }
    }

    /**
     * The invariant on {@link Charge}: amount = round(max(minimum, fees + quantity × unitPrice / pricedPer)),
     * checked here with a 40-digit quotient instead of the engine's exact division, plus the increments:
     * billed ≥ talk, billed = first + k × next, and less than one next block is billed beyond the talk.
     */
    @Test
    public void amountIsQuantityTimesUnitPriceRoundedOnceAndIncrementsHold() {
        Random random = new Random(5_2026);
        RatingEngine engine = new RatingEngine();
        for (int p = 0; p < 200; p++) {
            RatePlan plan = randomPlan(random, "p" + p);
            for (int c = 0; c < 500; c++) {
                long talk = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(7200);
                UsageRecord call = randomCall(random, "c" + c, talk);
                Charge charge = engine.rate(call, plan);
                BigDecimal raw = charge.fees().add(charge.quantity().multiply(charge.unitPrice())
                        .divide(BigDecimal.valueOf(charge.pricedPer()), new MathContext(40, RoundingMode.HALF_EVEN)));
                BigDecimal expected = raw.max(charge.minimum()).setScale(plan.scale(), plan.rounding());
                assertEquals(call + " -> " + charge, expected, charge.amount());
                if (charge.type() == io.bpohub.api.billing.ChargeType.NOT_CHARGED) continue;
                Increments inc = ((RatePlanVersion) plan.versions().get(charge.planVersion() - 1)).increments();
                long billed = charge.quantity().longValueExact();
                if (talk == 0) {
                    assertEquals(0, billed);
                } else {
                    assertTrue(charge.rule(), billed >= talk && billed >= inc.firstSeconds());
                    assertEquals(charge.rule(), 0, (billed - inc.firstSeconds()) % inc.nextSeconds());
                    assertTrue(charge.rule(), billed == inc.firstSeconds() || billed - talk < inc.nextSeconds());
                }
            }
        }
    }
}
