package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.billing.RatingEngine;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ChargeSummary;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.platform.services.Role;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** Rating CDRs into charges in the tenant's own database: exact, traceable, idempotent, locked when closed. */
public class BillingDatabaseTest {
    private static final String PREFIX = "bput_bill_";
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static Platform platform;
    private static Caller operator;

    @BeforeClass
    public static void start() throws Exception {
        TestDatabase.dropAll(PREFIX);
        RatingEngine engine = new RatingEngine();
        platform = new Platform(TestDatabase.settings(PREFIX), Plugins.none().withRating(() -> engine));
        operator = platform.auth().operator("test");
        for (String slug : List.of("billed", "other")) {
            platform.tenants().create(operator, new NewTenant(slug, slug, "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.HYBRID));
            platform.org().createUser(operator, slug, new NewUser(slug + ".manager", "m", "long-password-1", Role.CLIENT_MANAGER, null));
        }
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    private static RatePlan plan(String mobilePerMinute) {
        RatePlanVersion v1 = new RatePlanVersion(1, LocalDate.of(2026, 1, 1), Increments.PER_MINUTE, null, new BigDecimal("0.05"), null,
                List.of(), List.of(new DestinationRate("86", "China", new BigDecimal("0.30"), Map.of()),
                new DestinationRate("8613", "China mobile", new BigDecimal(mobilePerMinute), Map.of())), null, null, null, null);
        return new RatePlan("cn-agency", "CNY", 2, RoundingMode.HALF_UP, ZoneId.of("Asia/Shanghai"), true, List.of(v1));
    }

    private static CallRecord call(String at, int seconds, String destination, Handler handler) {
        return new CallRecord(Instant.parse(at), seconds, destination, handler, null, "spring-sale", null, "ANSWERED");
    }

    @Test
    public void monthRatesExactlyReRatesIdempotentlyAndUpdatesInPlaceAfterAPriceCorrection() {
        var billing = platform.billing();
        billing.savePlan(operator, plan("0.20"));
        billing.assignPlan(operator, "billed", "cn-agency");
        List<Long> ids = billing.recordCalls(operator, "billed", List.of(
                call("2026-11-02T02:00:00Z", 0, "+8613800138000", Handler.AGENCY),     // attempt: connection fee only
                call("2026-11-02T03:00:00Z", 61, "+8613800138001", Handler.AGENCY),    // 2 started minutes
                call("2026-11-03T04:00:00Z", 120, "+8613800138002", Handler.AGENCY),   // exactly 2 minutes
                call("2026-11-04T05:00:00Z", 300, "+8613800138003", Handler.IN_HOUSE), // in-house: not charged
                call("2026-11-05T06:00:00Z", 60, "+442071838750", Handler.AGENCY),     // no UK price: reported
                call("2026-12-01T02:00:00Z", 60, "+8613800138004", Handler.AGENCY)));  // December: another period
        assertEquals(6, ids.size());

        RatingReport first = billing.rate(operator, "billed", NOVEMBER);
        assertEquals("five calls and the month itself (its platform fee)", 6, first.records());
        assertEquals(5, first.inserted());
        assertEquals(new BigDecimal("0.95"), first.total());
        assertEquals(1, first.failures().size());
        assertTrue(first.failures().get(0), first.failures().get(0).startsWith("CDR " + ids.get(4) + ":"));

        RatingReport again = billing.rate(operator, "billed", NOVEMBER);
        assertEquals("re-rating unchanged data writes nothing", 0, again.inserted() + again.updated());
        assertEquals(5, again.unchanged());
        assertEquals(first.total(), again.total());

        billing.savePlan(operator, plan("0.25"));
        RatingReport corrected = billing.rate(operator, "billed", NOVEMBER);
        assertEquals(0, corrected.inserted());
        // the two talk charges change amount; the attempt keeps its amount but records the new unit price
        assertEquals("only the charges priced by the mobile rate change", 3, corrected.updated());
        assertEquals(2, corrected.unchanged());
        assertEquals(new BigDecimal("1.15"), corrected.total());

        List<ChargeSummary> summary = billing.summary(operator, "billed", NOVEMBER);
        BigDecimal sum = summary.stream().map(ChargeSummary::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("the summary reconciles with the period total", 0, sum.compareTo(corrected.total()));
        assertEquals(3, summary.size()); // ATTEMPT, NOT_CHARGED, TALK

        billing.closePeriod(operator, "billed", NOVEMBER);
        RatingReport lockedUnchanged = billing.rate(operator, "billed", NOVEMBER);
        assertTrue(lockedUnchanged.closedPeriod());
        assertEquals(0, lockedUnchanged.adjusted() + lockedUnchanged.inserted() + lockedUnchanged.updated());
        billing.savePlan(operator, plan("0.20"));
        RatingReport locked = billing.rate(operator, "billed", NOVEMBER);
        assertEquals("a closed month's charges never change: its two talk charges get adjustments", 2, locked.adjusted());
        assertEquals(0, locked.updated());
        assertEquals("the closed month keeps the total it was closed with", new BigDecimal("1.15"), locked.total());
        assertEquals("adjustments are written once", 0, billing.rate(operator, "billed", NOVEMBER).adjusted());
    }

    @Test
    public void clientManagersReadTheirOwnTenantsChargesOnlyAndCannotRate() {
        Caller manager = platform.auth().authenticate(platform.auth().login("other.manager", "long-password-1", "x").token(), "x");
        assertEquals(List.of(), platform.billing().summary(manager, "other", NOVEMBER));
        assertEquals(PlatformException.Kind.FORBIDDEN,
                assertThrows(PlatformException.class, () -> platform.billing().summary(manager, "billed", NOVEMBER)).kind());
        assertEquals(PlatformException.Kind.FORBIDDEN,
                assertThrows(PlatformException.class, () -> platform.billing().rate(manager, "other", NOVEMBER)).kind());
    }

    @Test
    public void badCallRecordsNameTheField() {
        PlatformException e = assertThrows(PlatformException.class, () -> platform.billing().recordCalls(operator, "other",
                List.of(call("2026-11-02T02:00:00Z", 10, "+8613800138000", Handler.AGENCY), call("2026-11-02T02:00:00Z", 10, "0138", Handler.AGENCY))));
        assertEquals("calls[1].destination", e.field());
    }
}
