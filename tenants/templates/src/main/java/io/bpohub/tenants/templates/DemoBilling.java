package io.bpohub.tenants.templates;

import io.bpohub.api.billing.CarrierRate;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.CostTableVersion;
import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.billing.TimeBand;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.LabourRate;
import io.bpohub.platform.services.MarginService;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.platform.services.TenantBilling;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's billing: a rate plan, carrier costs and invoicing terms for acme (hybrid, CNY, only
 * the agency's share charged, a platform fee for in-house use, 6 % VAT) and globex (outsourced, USD),
 * and last month's work for both, rated and ready to invoice. Seeded once: skipped when the demo
 * plans exist.
 */
final class DemoBilling {
    private static final Logger LOG = LoggerFactory.getLogger(DemoBilling.class);
    static final long SEED = 20261123L;
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);

    private DemoBilling() {
    }

    static void seed(BillingService billing, MarginService margins, Caller op, YearMonth month) {
        if (billing.plans(op).stream().anyMatch(p -> p.id().equals("demo-cn-hybrid"))) {
            LOG.info("demo billing already present; nothing seeded");
            return;
        }
        billing.saveCostTable(op, new CostTable("demo-carrier-cn", "CNY", 4, RoundingMode.HALF_UP, ZoneId.of("Asia/Shanghai"),
                List.of(new CostTableVersion(1, FROM, List.of(
                        new CarrierRate(null, "86", money("0.030"), Increments.PER_SECOND, null),
                        new CarrierRate("cn-trunk-2", "86", money("0.024"), Increments.PER_SECOND, null))))));
        billing.saveCostTable(op, new CostTable("demo-carrier-us", "USD", 4, RoundingMode.HALF_UP, ZoneId.of("America/New_York"),
                List.of(new CostTableVersion(1, FROM, List.of(new CarrierRate(null, "1", money("0.0060"), Increments.PER_SECOND, null))))));
        billing.savePlan(op, new RatePlan("demo-cn-hybrid", "CNY", 2, RoundingMode.HALF_UP, ZoneId.of("Asia/Shanghai"), true, List.of(
                new RatePlanVersion(1, FROM, Increments.THIRTY_SIX, money("0.10"), money("0.05"), null,
                        List.of(new TimeBand("night", EnumSet.allOf(DayOfWeek.class), LocalTime.of(20, 0), LocalTime.of(8, 0))),
                        List.of(new DestinationRate("861", "China mobile", money("0.20"), Map.of("night", money("0.15"))),
                                new DestinationRate("8621", "Shanghai landline", money("0.12"))),
                        money("45.00"), money("20.00"), Map.of("sms", money("0.06")), money("3000.00")))));
        billing.savePlan(op, new RatePlan("demo-us-outsourced", "USD", 2, RoundingMode.HALF_EVEN, ZoneId.of("America/New_York"), false,
                List.of(new RatePlanVersion(1, FROM, Increments.THIRTY_SIX, null, null, money("0.02"), List.of(),
                        List.of(new DestinationRate("1", "United States and Canada", money("0.09"))),
                        money("18.50"), money("25.00"), Map.of("email", money("0.01")), null))));
        // the agency agents who work the clients' evening and day shifts, each paid in the client's currency
        margins.saveLabourRate(op, new LabourRate("agency.agent1", null, money("35.00"), "CNY", FROM));
        margins.saveLabourRate(op, new LabourRate("agency.agent2", null, money("14.00"), "USD", FROM));
        billing.assignPlan(op, "acme", "demo-cn-hybrid");
        billing.assignPlan(op, "globex", "demo-us-outsourced");
        billing.saveBillingSettings(op, "acme", new TenantBilling("Acme Retail (Shanghai) Co., Ltd.", "88 Century Avenue\nPudong, Shanghai 200120",
                "VAT", new BigDecimal("0.06"), 30, "demo-carrier-cn"));
        billing.saveBillingSettings(op, "globex", new TenantBilling("Globex Insurance Inc.", "1 Liberty Plaza\nNew York, NY 10006",
                null, BigDecimal.ZERO, 15, "demo-carrier-us"));

        work(billing, op, "acme", month, new DemoTraffic.Profile(ZoneId.of("Asia/Shanghai"), true, 90, 30, LocalTime.of(8, 0),
                LocalTime.of(22, 0), new String[] {"+86138", "+86139", "+86186", "+8621"}, 13, new String[] {"cn-trunk-1", "cn-trunk-2"},
                "autumn-upsell", new String[] {"acme.agent1", "acme.agent2"}, "sms", 20, "agency.agent1", 4));
        work(billing, op, "globex", month, new DemoTraffic.Profile(ZoneId.of("America/New_York"), false, 45, 0, LocalTime.of(9, 0),
                LocalTime.of(20, 0), new String[] {"+1212555", "+1646555", "+1718555"}, 11, new String[] {"us-trunk-1"},
                "policy-renewals", new String[] {"agency.agent2"}, "email", 15, "agency.agent2", 8));
    }

    private static void work(BillingService billing, Caller op, String tenant, YearMonth month, DemoTraffic.Profile profile) {
        DemoTraffic.Month work = DemoTraffic.generate(profile, month, SEED + tenant.hashCode());
        billing.recordCalls(op, tenant, work.calls());
        billing.recordUsage(op, tenant, work.usage());
        RatingReport report = billing.rate(op, tenant, month);
        LOG.info("demo billing: {} {} rated, {} records, total {} {}", tenant, month, report.records(), report.total(), report.currency());
    }

    private static BigDecimal money(String value) {
        return new BigDecimal(value);
    }
}
