package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.billing.CarrierRate;
import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.CostTableVersion;
import io.bpohub.api.billing.DestinationRate;
import io.bpohub.api.billing.Increments;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatePlanVersion;
import io.bpohub.api.billing.SourceType;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.InvoiceDocument.Line;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.billing.RatingEngine;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.LabourRate;
import io.bpohub.platform.services.MarginLine;
import io.bpohub.platform.services.MarginReport;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.platform.services.RegisterEntry;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.TenantBilling;
import io.bpohub.platform.services.UsageEntry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Invoices from rated usage: lines per charge type that reconcile to the cent, tax as the one rounding,
 * gap-free numbers, closed months corrected only by credit notes or the next invoice, margin from
 * carrier cost, and client managers reading their own documents only.
 */
public class InvoicingDatabaseTest {
    private static final String PREFIX = "bput_inv_";
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static Platform platform;
    private static Caller operator;
    private static BillingService billing;

    @BeforeClass
    public static void start() throws Exception {
        TestDatabase.dropAll(PREFIX);
        RatingEngine engine = new RatingEngine();
        platform = new Platform(TestDatabase.settings(PREFIX), Plugins.none().withRating(() -> engine));
        operator = platform.auth().operator("test");
        billing = platform.billing();
        for (String slug : List.of("shop", "rival")) {
            platform.tenants().create(operator, new NewTenant(slug, slug + " Ltd", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.OUTSOURCED));
            platform.org().createUser(operator, slug, new NewUser(slug + ".manager", "m", "long-password-1", Role.CLIENT_MANAGER, null));
        }
        billing.savePlan(operator, plan("0.30"));
        billing.saveCostTable(operator, new CostTable("carrier-cn", "CNY", 4, RoundingMode.HALF_UP, ZoneId.of("Asia/Shanghai"),
                List.of(new CostTableVersion(1, LocalDate.of(2026, 1, 1),
                        List.of(new CarrierRate(null, "86", new BigDecimal("0.10"), Increments.PER_SECOND, null))))));
        for (String slug : List.of("shop", "rival")) {
            billing.assignPlan(operator, slug, "full");
            billing.saveBillingSettings(operator, slug, new TenantBilling(slug + " Trading Co.", "88 Nanjing Road\nShanghai", "VAT",
                    new BigDecimal("0.06"), 30, "carrier-cn"));
        }
    }

    @AfterClass
    public static void close() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    /** Calls to 86 at {@code perMinute}, seat 40.00/agent-hour, orders 15.00, sms 0.05/part, platform fee 500.00/month. */
    private static RatePlan plan(String perMinute) {
        return new RatePlan("full", "CNY", 2, RoundingMode.HALF_UP, ZoneId.of("Asia/Shanghai"), false, List.of(
                new RatePlanVersion(1, LocalDate.of(2026, 1, 1), Increments.PER_MINUTE, null, null, null, List.of(),
                        List.of(new DestinationRate("86", "China", new BigDecimal(perMinute), Map.of())), new BigDecimal("40.00"),
                        new BigDecimal("15.00"), Map.of("sms", new BigDecimal("0.05")), new BigDecimal("500.00"))));
    }

    private static CallRecord call(String at, int seconds) {
        return new CallRecord(Instant.parse(at), seconds, "+8613800138000", Handler.AGENCY, "trunk-a", "autumn", "agent.li", "ANSWERED");
    }

    private static Map<String, BigDecimal> amounts(InvoiceDocument d) {
        return d.lines().stream().collect(Collectors.toMap(Line::description, Line::amount));
    }

    private static long seq(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    public void aMonthIsInvoicedWithGapFreeNumbersAndCorrectedOnlyByCreditNotesOrTheNextInvoice() {
        billing.recordCalls(operator, "shop", List.of(call("2026-10-10T02:00:00Z", 90), call("2026-10-11T02:00:00Z", 30)));
        Instant oct12 = Instant.parse("2026-10-12T01:00:00Z");
        billing.recordUsage(operator, "shop", List.of(
                new UsageEntry(SourceType.SEAT_INTERVAL, oct12, 5400, 0, null, Handler.AGENCY, "autumn", "agent.li", "shift-1"),
                new UsageEntry(SourceType.MESSAGE, oct12, 0, 3, "SMS", Handler.AGENCY, "autumn", null, "msg-1"),
                new UsageEntry(SourceType.ORDER, oct12, 0, 2, null, Handler.AGENCY, "autumn", "agent.li", "order-7")));

        InvoiceDocument preview = billing.previewInvoice(operator, "shop", OCTOBER);
        assertNull("nothing is rated yet, so only a draft without lines", preview.number());
        assertTrue(preview.lines().isEmpty());

        InvoiceDocument october = billing.issueInvoice(operator, "shop", OCTOBER);
        assertTrue(october.number(), october.number().matches("INV-\\d{4}-\\d{6}"));
        assertEquals(Map.of("Platform fee", new BigDecimal("500.00"), "Talk time", new BigDecimal("0.90"),
                "Outsourced agent seat time", new BigDecimal("60.00"), "Messages (parts)", new BigDecimal("0.15"),
                "Commission on successful orders", new BigDecimal("30.00")), amounts(october));
        assertEquals(new BigDecimal("591.05"), october.subtotal());
        assertEquals("6 % of 591.05 = 35.463, rounded HALF_UP once", new BigDecimal("35.46"), october.taxes().get(0).amount());
        assertEquals(new BigDecimal("626.51"), october.total());
        assertEquals(new BigDecimal("3.00"), october.lines().stream().filter(l -> l.chargeType().equals("TALK")).findFirst().get().quantity());
        assertEquals("shop Trading Co.", october.customer().name());
        assertEquals(List.of("88 Nanjing Road", "Shanghai"), october.customer().address());
        assertEquals("Test Agency Ltd", october.issuer().name());
        assertEquals(october.issueDate().plusDays(30), october.dueDate());

        // the invoice drills down to every charge, and they sum to its subtotal
        Page<Charge> charges = billing.charges(operator, "shop", OCTOBER, null, 0, 200);
        assertEquals(6, charges.total());
        assertEquals(0, october.subtotal().compareTo(charges.items().stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(2, billing.charges(operator, "shop", OCTOBER, "TALK", 0, 10).total());

        assertEquals(october, billing.invoice(operator, "shop", october.number()));
        PlatformException twice = assertThrows(PlatformException.class, () -> billing.issueInvoice(operator, "shop", OCTOBER));
        assertTrue(twice.getMessage(), twice.getMessage().contains("already invoiced as " + october.number()));

        // margin: carrier cost 90 s + 30 s at 0.10/min per second = 0.20
        RegisterEntry entry = billing.register(operator).stream().filter(e -> e.number().equals(october.number())).findFirst().get();
        assertEquals(0, new BigDecimal("0.2").compareTo(entry.cost()));
        assertEquals(0, new BigDecimal("590.85").compareTo(entry.margin()));
        assertEquals("ISSUED", entry.state());

        // a price cut after the month was invoiced: the invoice stays, corrections are recorded
        billing.savePlan(operator, plan("0.20"));
        RatingReport corrected = billing.rate(operator, "shop", OCTOBER);
        assertTrue(corrected.closedPeriod());
        assertEquals(2, corrected.adjusted());
        assertEquals("invoiced charges never change", new BigDecimal("591.05"), corrected.total());
        assertEquals(october, billing.invoice(operator, "shop", october.number()));
        assertEquals("re-rating again adds no correction", 0, billing.rate(operator, "shop", OCTOBER).adjusted());

        InvoiceDocument credit = billing.issueCreditNote(operator, "shop", OCTOBER);
        assertTrue(credit.number(), credit.number().matches("CN-\\d{4}-\\d{6}"));
        assertEquals(october.number(), credit.refersTo());
        assertEquals(new BigDecimal("-0.30"), credit.subtotal());
        assertEquals(new BigDecimal("-0.02"), credit.taxes().get(0).amount());
        assertEquals(new BigDecimal("-0.32"), credit.total());
        assertEquals(PlatformException.Kind.CONFLICT,
                assertThrows(PlatformException.class, () -> billing.issueCreditNote(operator, "shop", OCTOBER)).kind());

        // a price rise: not a credit, so it waits for the next invoice
        billing.savePlan(operator, plan("0.50"));
        assertEquals(2, billing.rate(operator, "shop", OCTOBER).adjusted());
        PlatformException notACredit = assertThrows(PlatformException.class, () -> billing.issueCreditNote(operator, "shop", OCTOBER));
        assertTrue(notACredit.getMessage(), notACredit.getMessage().contains("+0.90"));

        billing.recordCalls(operator, "shop", List.of(call("2026-11-05T02:00:00Z", 60)));
        InvoiceDocument november = billing.issueInvoice(operator, "shop", NOVEMBER);
        assertEquals("numbers run on without gaps", seq(october.number()) + 1, seq(november.number()));
        assertEquals(Map.of("Platform fee", new BigDecimal("500.00"), "Talk time", new BigDecimal("0.50"),
                "Correction to 2026-10: Talk time", new BigDecimal("0.90")), amounts(november));
        assertEquals(new BigDecimal("501.40"), november.subtotal());
        assertEquals(new BigDecimal("531.48"), november.total());

        List<RegisterEntry> own = billing.invoices(operator, "shop");
        assertEquals(List.of(november.number(), credit.number(), october.number()),
                own.stream().map(RegisterEntry::number).collect(Collectors.toList()));
    }

    @Test
    public void aNumberTakenByAnInterruptedIssueIsReusedSoNoNumberIsSkipped() throws Exception {
        billing.recordCalls(operator, "rival", List.of(call("2026-09-10T02:00:00Z", 60)));
        // as if an earlier attempt took the next number and the platform died before storing the invoice
        long next;
        try (Connection c = TestDatabase.connect(PREFIX + "control", TestDatabase.USER, TestDatabase.PASSWORD);
             Statement st = c.createStatement()) {
            int year = LocalDate.now(ZoneId.of("Europe/London")).getYear();
            st.executeUpdate("INSERT INTO document_series (series, year, last_number) VALUES ('INV', " + year + ", 1) "
                    + "ON DUPLICATE KEY UPDATE last_number = last_number + 1");
            var rs = st.executeQuery("SELECT last_number FROM document_series WHERE series = 'INV' AND year = " + year);
            rs.next();
            next = rs.getLong(1);
            st.executeUpdate("INSERT INTO invoice_register (number, series, year, seq, tenant_id, kind, period, currency, subtotal, tax_total, "
                    + "total, state, issued_at, issued_by) SELECT '" + String.format("INV-%d-%06d", year, next) + "', 'INV', " + year + ", "
                    + next + ", id, 'INVOICE', '2026-09', 'CNY', 0, 0, 0, 'ISSUING', NOW(3), 'test' FROM tenant WHERE slug = 'rival'");
        }
        InvoiceDocument september = billing.issueInvoice(operator, "rival", YearMonth.of(2026, 9));
        assertEquals(next, seq(september.number()));
        assertEquals("ISSUED", billing.invoices(operator, "rival").stream().filter(e -> e.number().equals(september.number()))
                .findFirst().get().state());
        assertEquals(0, september.subtotal().compareTo(september.lines().stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals("the platform fee and the call", 2, september.lines().size());
    }

    @Test
    public void clientManagersSeeTheirOwnDocumentsWithoutCostAndNothingElse() {
        billing.recordCalls(operator, "rival", List.of(call("2026-08-10T02:00:00Z", 60)));
        InvoiceDocument august = billing.issueInvoice(operator, "rival", YearMonth.of(2026, 8));
        Caller rivalManager = platform.auth().authenticate(platform.auth().login("rival.manager", "long-password-1", "x").token(), "x");
        Caller shopManager = platform.auth().authenticate(platform.auth().login("shop.manager", "long-password-1", "x").token(), "x");

        List<RegisterEntry> own = billing.invoices(rivalManager, "rival");
        assertTrue(own.stream().anyMatch(e -> e.number().equals(august.number())));
        assertTrue("no cost or margin for the client", own.stream().allMatch(e -> e.cost() == null && e.margin() == null));
        assertEquals(august, billing.invoice(rivalManager, "rival", august.number()));

        for (Runnable attempt : List.<Runnable>of(
                () -> billing.invoice(shopManager, "rival", august.number()),
                () -> billing.invoices(shopManager, "rival"),
                () -> billing.charges(shopManager, "rival", YearMonth.of(2026, 8), null, 0, 10),
                () -> billing.previewInvoice(shopManager, "rival", YearMonth.of(2026, 8)),
                () -> billing.register(rivalManager),
                () -> billing.issueInvoice(rivalManager, "rival", YearMonth.of(2026, 7)),
                () -> billing.billingSettings(rivalManager, "rival"))) {
            assertEquals(PlatformException.Kind.FORBIDDEN, assertThrows(PlatformException.class, attempt::run).kind());
        }
    }

    @Test
    public void ratingRunsAsAJobWithProgressAndItsReport() throws Exception {
        billing.recordCalls(operator, "rival", List.of(call("2026-06-10T02:00:00Z", 60), call("2026-06-11T02:00:00Z", 61)));
        JobView started = billing.startRating(operator, "rival", YearMonth.of(2026, 6));
        assertEquals("RUNNING", started.state());
        JobView job = started;
        for (int i = 0; i < 100 && job.state().equals("RUNNING"); i++) {
            Thread.sleep(100);
            job = billing.job(operator, started.id());
        }
        assertEquals(job.message(), "SUCCEEDED", job.state());
        assertEquals(3, job.total());
        assertEquals(3, job.done());
        assertTrue(job.result(), job.result().contains("\"inserted\":3"));
        Caller shopManager = platform.auth().authenticate(platform.auth().login("shop.manager", "long-password-1", "x").token(), "x");
        assertEquals(PlatformException.Kind.FORBIDDEN,
                assertThrows(PlatformException.class, () -> billing.job(shopManager, started.id())).kind());
    }

    @Test
    public void marginPerCampaignAndTeamSubtractsCarrierAndLabourCostFromRevenue() {
        long department = platform.org().createUnit(operator, "agency", new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Outsourcing", null)).id();
        long night = platform.org().createUnit(operator, "agency", new NewOrgUnit(OrgUnitKind.TEAM, "Night", department)).id();
        for (String agent : List.of("agency.li", "agency.wu")) {
            platform.org().createUser(operator, "agency", new NewUser(agent, agent, "long-password-1", Role.AGENT, night));
        }
        var margins = platform.margins();
        margins.saveLabourRate(operator, new LabourRate(null, night, new BigDecimal("30.00"), "CNY", LocalDate.of(2026, 1, 1)));
        margins.saveLabourRate(operator, new LabourRate("agency.li", null, new BigDecimal("36.00"), "CNY", LocalDate.of(2026, 5, 15)));
        assertEquals(List.of(new LabourRate("agency.li", null, new BigDecimal("36"), "CNY", LocalDate.of(2026, 5, 15)),
                new LabourRate(null, night, new BigDecimal("30"), "CNY", LocalDate.of(2026, 1, 1))), margins.labourRates(operator));
        assertEquals("agent", assertThrows(PlatformException.class, () -> margins.saveLabourRate(operator,
                new LabourRate("shop.manager", null, BigDecimal.ONE, "CNY", LocalDate.of(2026, 1, 1)))).field());

        platform.tenants().create(operator, new NewTenant("margin", "Margin Ltd", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.OUTSOURCED));
        RatePlan fixed = new RatePlan("margin-plan", "CNY", 2, RoundingMode.HALF_UP, ZoneId.of("Asia/Shanghai"), false, plan("0.30").versions());
        billing.savePlan(operator, fixed);
        billing.assignPlan(operator, "margin", "margin-plan");
        billing.saveBillingSettings(operator, "margin", new TenantBilling("Margin Ltd", "", null, BigDecimal.ZERO, 30, "carrier-cn"));
        billing.recordCalls(operator, "margin", List.of(
                new CallRecord(Instant.parse("2026-05-20T02:00:00Z"), 60, "+8613800138000", Handler.AGENCY, null, "c1", "agency.li", "ANSWERED"),
                new CallRecord(Instant.parse("2026-05-10T02:00:00Z"), 120, "+8613800138000", Handler.AGENCY, null, "c2", "agency.wu", "ANSWERED")));
        billing.recordUsage(operator, "margin", List.of(
                new UsageEntry(SourceType.SEAT_INTERVAL, Instant.parse("2026-05-20T01:00:00Z"), 7200, 0, null, Handler.AGENCY, "c1", "agency.li", null),
                new UsageEntry(SourceType.SEAT_INTERVAL, Instant.parse("2026-05-10T01:00:00Z"), 3600, 0, null, Handler.AGENCY, "c2", "agency.wu", null)));
        YearMonth may = YearMonth.of(2026, 5);
        billing.rate(operator, "margin", may);

        MarginReport byCampaign = margins.margins(operator, "margin", may, "campaign");
        Map<String, MarginLine> lines = byCampaign.lines().stream().collect(Collectors.toMap(MarginLine::key, l -> l));
        // c1: talk 0.30 + seat 2 h × 40.00; carrier 60 s at 0.10/min; labour 2 h at agency.li's own 36.00 (from 15 May)
        assertMargin(lines.get("c1"), "80.3", "0.1", "72", "8.2");
        // c2: talk 0.60 + seat 1 h × 40.00; carrier 0.20; labour 1 h at the Night team's 30.00
        assertMargin(lines.get("c2"), "40.6", "0.2", "30", "10.4");
        assertMargin(lines.get("(not attributed)"), "500", "0", "0", "500");
        assertMargin(byCampaign.total(), "620.9", "0.3", "102", "518.6");
        assertTrue(byCampaign.notes().toString(), byCampaign.notes().isEmpty());

        MarginReport byTeam = margins.margins(operator, "margin", may, "TEAM");
        assertMargin(byTeam.lines().stream().filter(l -> l.key().startsWith("Night #")).findFirst().get(), "120.9", "0.3", "102", "18.6");
        assertEquals("by", assertThrows(PlatformException.class, () -> margins.margins(operator, "margin", may, "colour")).field());
        Caller manager = platform.auth().authenticate(platform.auth().login("shop.manager", "long-password-1", "x").token(), "x");
        assertEquals(PlatformException.Kind.FORBIDDEN,
                assertThrows(PlatformException.class, () -> margins.margins(manager, "shop", may, "CAMPAIGN")).kind());
    }

    private static void assertMargin(MarginLine line, String revenue, String carrier, String labour, String margin) {
        assertEquals(line.key() + " revenue", 0, new BigDecimal(revenue).compareTo(line.revenue()));
        assertEquals(line.key() + " carrier cost", 0, new BigDecimal(carrier).compareTo(line.carrierCost()));
        assertEquals(line.key() + " labour cost", 0, new BigDecimal(labour).compareTo(line.labourCost()));
        assertEquals(line.key() + " margin", 0, new BigDecimal(margin).compareTo(line.margin()));
    }

    @Test
    public void badUsageAndTermsNameTheField() {
        Instant at = Instant.parse("2026-10-01T00:00:00Z");
        assertEquals("usage[1].channel", assertThrows(PlatformException.class, () -> billing.recordUsage(operator, "rival", List.of(
                new UsageEntry(SourceType.ORDER, at, 0, 1, null, Handler.AGENCY, null, null, null),
                new UsageEntry(SourceType.MESSAGE, at, 0, 1, null, Handler.AGENCY, null, null, null)))).field());
        assertEquals("usage[0].type", assertThrows(PlatformException.class, () -> billing.recordUsage(operator, "rival", List.of(
                new UsageEntry(SourceType.CDR, at, 10, 0, null, Handler.AGENCY, null, null, null)))).field());
        assertEquals("taxRate", assertThrows(PlatformException.class, () -> billing.saveBillingSettings(operator, "rival",
                new TenantBilling("x", "", "VAT", new BigDecimal("6"), 30, null))).field());
        assertEquals("costTableId", assertThrows(PlatformException.class, () -> billing.saveBillingSettings(operator, "rival",
                new TenantBilling("x", "", null, BigDecimal.ZERO, 30, "nope"))).field());
    }
}
