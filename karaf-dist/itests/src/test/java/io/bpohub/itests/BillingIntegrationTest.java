package io.bpohub.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/** Rating and invoicing through the packaged distribution, with the billing and documents bundles deployed. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class BillingIntegrationTest extends DistributionTestBase {
    static final String PLAN = "{\"id\":\"it-plan\",\"currency\":\"CNY\",\"scale\":2,\"rounding\":\"HALF_UP\",\"zone\":\"Asia/Shanghai\","
            + "\"agencyOnly\":true,\"versions\":[{\"version\":1,\"effectiveFrom\":\"2026-01-01\",\"increments\":{\"firstSeconds\":60,"
            + "\"nextSeconds\":60},\"connectionFee\":0.05,\"bands\":[],\"destinations\":[{\"prefix\":\"8613\",\"name\":\"China mobile\","
            + "\"perMinute\":0.20,\"bandPerMinute\":{}}],\"messagePerPart\":{}}]}";

    @Test
    public void callsAreRatedExactlyAndReRatingWritesNothingAndClientManagersSeeOnlyTheirOwnCharges() throws Exception {
        String admin = admin();
        onboard(admin, "bill-a", "HYBRID");
        onboard(admin, "bill-b", "HYBRID");
        Api.Reply plan = api.put("/rate-plans/it-plan", PLAN, admin);
        assertEquals(plan.text(), 200, plan.status());
        assertEquals(204, api.put("/tenants/bill-a/billing/rate-plan", "{\"planId\":\"it-plan\"}", admin).status());
        Api.Reply calls = api.post("/tenants/bill-a/billing/calls", "["
                + "{\"startedAt\":\"2026-11-02T02:00:00Z\",\"talkSeconds\":61,\"destination\":\"+8613800138001\",\"handler\":\"AGENCY\"},"
                + "{\"startedAt\":\"2026-11-02T03:00:00Z\",\"talkSeconds\":120,\"destination\":\"+8613800138002\",\"handler\":\"AGENCY\"},"
                + "{\"startedAt\":\"2026-11-03T03:00:00Z\",\"talkSeconds\":300,\"destination\":\"+8613800138003\",\"handler\":\"IN_HOUSE\"}]", admin);
        assertEquals(calls.text(), 201, calls.status());

        JsonNode first = api.post("/tenants/bill-a/billing/rating/2026-11", null, admin).json();
        assertEquals(first.toString(), 4, first.get("inserted").asInt()); // the three calls and the month (no platform fee)
        assertEquals("0.90", first.get("total").asText());
        JsonNode again = api.post("/tenants/bill-a/billing/rating/2026-11", null, admin).json();
        assertEquals(0, again.get("inserted").asInt() + again.get("updated").asInt());
        assertEquals("0.90", again.get("total").asText());

        api.post("/orgs/bill-a/users", "{\"username\":\"bill-a.manager\",\"displayName\":\"M\",\"password\":\"" + PW
                + "\",\"role\":\"CLIENT_MANAGER\"}", admin);
        String manager = api.login("bill-a.manager", PW);
        assertEquals(200, api.get("/tenants/bill-a/billing/charges/2026-11/summary", manager).status());
        assertEquals(403, api.get("/tenants/bill-b/billing/charges/2026-11/summary", manager).status());
        assertEquals("client managers are read-only", 403, api.post("/tenants/bill-a/billing/rating/2026-11", null, manager).status());

        assertEquals(204, api.post("/tenants/bill-a/billing/periods/2026-11/close", null, admin).status());
        JsonNode locked = api.post("/tenants/bill-a/billing/rating/2026-11", null, admin).json();
        assertTrue(locked.get("closedPeriod").asBoolean());
        assertEquals("a closed month with unchanged rates needs no correction", 0, locked.get("adjusted").asInt());
        assertEquals("0.90", locked.get("total").asText());
    }

    /**
     * The demo seeds last month's work for acme (hybrid, CNY, 6 % VAT) and globex (outsourced, USD) and
     * rates it. Issuing their invoices here, every figure is checked against the charges behind it:
     * the lines add up to the subtotal, the charges (paged through the API, and again in the CSV detail)
     * add up to it to the cent, and the tax is the one rounding.
     */
    @Test
    public void aMonthOfDemoTrafficIsInvoicedAndReconcilesToTheCent() throws Exception {
        String admin = admin();
        String month = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        for (String[] tenant : new String[][] {{"acme", "0.06", "HALF_UP"}, {"globex", "0", "HALF_EVEN"}}) {
            String slug = tenant[0];
            api.await("/tenants/" + slug + "/billing/charges/" + month + "/summary", admin,
                    r -> r.status() == 200 && r.json().size() > 0, Duration.ofSeconds(120));
            Api.Reply issued = api.post("/tenants/" + slug + "/billing/invoices/" + month, null, admin);
            assertEquals(issued.text(), 201, issued.status());
            JsonNode invoice = issued.json();
            String number = invoice.get("number").asText();
            assertTrue(number, number.matches("INV-\\d{4}-\\d{6}"));
            BigDecimal subtotal = new BigDecimal(invoice.get("subtotal").asText());
            BigDecimal lines = BigDecimal.ZERO;
            long records = 0;
            for (JsonNode line : invoice.get("lines")) {
                lines = lines.add(new BigDecimal(line.get("amount").asText()));
                records += line.get("records").asLong();
            }
            assertEquals(slug + ": lines add up to the subtotal", 0, lines.compareTo(subtotal));
            assertTrue(slug + " has a month of work: " + records, records > 500);

            BigDecimal charges = BigDecimal.ZERO;
            long count = 0;
            for (int page = 0; ; page++) {
                JsonNode p = api.get("/tenants/" + slug + "/billing/charges/" + month + "?size=200&page=" + page, admin).json();
                for (JsonNode c : p.get("items")) {
                    charges = charges.add(new BigDecimal(c.get("amount").asText()));
                    count++;
                }
                if ((long) (page + 1) * 200 >= p.get("total").asLong()) break;
            }
            assertEquals(slug + ": every charge of the month, summed, is the subtotal", 0, charges.compareTo(subtotal));
            BigDecimal tax = subtotal.multiply(new BigDecimal(tenant[1])).setScale(2, RoundingMode.valueOf(tenant[2]));
            assertEquals(0, subtotal.add(tax).compareTo(new BigDecimal(invoice.get("total").asText())));

            Api.Reply pdf = api.get("/tenants/" + slug + "/billing/documents/" + number + "/pdf", admin);
            assertEquals(pdf.text(), 200, pdf.status());
            assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
            assertTrue(pdf.text().startsWith("%PDF"));
            Api.Reply csv = api.get("/tenants/" + slug + "/billing/documents/" + number + "/detail?format=csv", admin);
            assertEquals(csv.text(), 200, csv.status());
            BigDecimal detail = BigDecimal.ZERO;
            String[] csvLines = csv.text().replace("\uFEFF", "").split("\r\n");
            assertEquals("kind,source_type,source_id,period,charge_type,quantity,unit,unit_price,priced_per,fees,minimum,amount,currency,"
                    + "plan,plan_version,rule", csvLines[0]);
            long rows = 0;
            for (int i = 1; i < csvLines.length; i++) {
                // the columns up to amount are plain tokens (no commas or quotes); only the rule, last, is quoted text
                detail = detail.add(new BigDecimal(csvLines[i].split(",", 13)[11]));
                rows++;
            }
            assertEquals(slug + ": the detail download lists every charge", count, rows);
            assertEquals(slug + ": and they sum to the subtotal", 0, detail.compareTo(subtotal));

            JsonNode entry = null;
            for (JsonNode e : api.get("/invoice-register", admin).json()) {
                if (e.get("number").asText().equals(number)) entry = e;
            }
            assertTrue("the agency register shows the invoice", entry != null);
            BigDecimal cost = new BigDecimal(entry.get("cost").asText());
            assertTrue(slug + " calls cost the agency something", cost.signum() > 0);
            assertEquals(0, subtotal.subtract(cost).compareTo(new BigDecimal(entry.get("margin").asText())));

            JsonNode margins = api.get("/tenants/" + slug + "/billing/margins/" + month + "?by=AGENT", admin).json();
            assertEquals(margins.toString(), 0, margins.get("notes").size());
            JsonNode total = margins.get("total");
            assertEquals(slug + ": margin revenue is the invoiced subtotal", 0, subtotal.compareTo(new BigDecimal(total.get("revenue").asText())));
            assertEquals(0, cost.compareTo(new BigDecimal(total.get("carrierCost").asText())));
            assertTrue(slug + ": the agency's seat time costs labour", new BigDecimal(total.get("labourCost").asText()).signum() > 0);
        }
        String acmeManager = api.login("acme.manager", "demo-password-1");
        JsonNode own = api.get("/tenants/acme/billing/invoices", acmeManager).json();
        assertEquals(1, own.size());
        assertTrue("clients do not see the agency's cost", own.get(0).get("cost").isNull());
        String number = own.get(0).get("number").asText();
        assertEquals(200, api.get("/tenants/acme/billing/documents/" + number + "/pdf", acmeManager).status());
        String globexManager = api.login("globex.manager", "demo-password-1");
        assertEquals(403, api.get("/tenants/acme/billing/documents/" + number + "/pdf", globexManager).status());
        assertEquals(403, api.get("/tenants/acme/billing/invoices", globexManager).status());
        assertEquals(403, api.get("/invoice-register", acmeManager).status());
    }
}
