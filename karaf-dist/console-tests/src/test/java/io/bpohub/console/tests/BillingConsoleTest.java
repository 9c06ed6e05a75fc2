package io.bpohub.console.tests;

import static io.bpohub.console.tests.ConsoleBrowser.row;
import static io.bpohub.console.tests.ConsoleBrowser.test;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The billing pages on tenants set up through the REST API for this run, with figures worked out by hand.
 * <p>
 * Rate plan (USD, scale 2, HALF_UP, UTC): increments 30/6, connection fee 0.05 per call, minimum charge 0.60
 * for calls with talk time, China fixed (prefix 86) 0.95/min, China mobile (8613) 1.20/min, platform fee
 * 25.00 a month. The calls of tenant A in the month (agency-handled):
 * <pre>
 *   +861088886666 125 s → 126 s billed: (0.05×60 + 126×0.95) / 60 = 122.7/60 = 2.045 → 2.05
 *   +8613800138000 61 s →  66 s billed: (3 + 66×1.20) / 60      =  82.2/60 = 1.37
 *   +861088886667  10 s →  30 s billed: (3 + 30×0.95) / 60      =  31.5/60 = 0.525 < minimum → 0.60
 *   +8613900139000  0 s → an attempt: the connection fee only                 0.05
 *   +861088886668 200 s → 204 s billed: (3 + 204×0.95) / 60     = 196.8/60 = 3.28
 * </pre>
 * Talk time: 4 calls, 426 s = 7.10 min, 7.30; attempts: 1 call, 0.05; platform fee 25.00. Subtotal 32.35,
 * VAT 6 % of it 1.941 → 1.94, total 34.29. Two more calls just outside the month are not rated. The carrier
 * cost table (0.30/min per second, scale 4) costs the calls 0.625 + 0.305 + 0.05 + 0 + 1.00 = 1.98, so the
 * register shows a margin of 32.35 − 1.98 = 30.37.
 * <p>
 * Tenants B and C are invoiced through the API before the tests (B: a 90 s mobile call, 1.85, total 26.85;
 * C: a 60 s fixed call, 1.00, total 26.00); B's client manager reads B's invoice only.
 */
public class BillingConsoleTest extends ConsoleTestSupport {
    /** The month being invoiced: the console's default, the month before the current one. */
    private static final YearMonth PERIOD = YearMonth.now().minusMonths(1);

    private static final String TENANT_A = "billa" + RUN;
    private static final String TENANT_B = "billb" + RUN;
    private static final String TENANT_C = "billc" + RUN;
    private static final String PLAN = "console-plan-" + RUN;
    private static final String COST_TABLE = "console-carrier-" + RUN;
    private static final String MANAGER_B = "billb.manager" + RUN;
    private static final String MANAGER_B_PASSWORD = "Manager-pass-" + RUN + "-7q";
    private static final String BILL_TO = "Billing Test Co " + RUN;

    private static ConsoleRest rest;
    private static String invoiceOfB;
    private static String invoiceOfC;

    @BeforeClass
    public static void setUpTenantsPlanCallsAndInvoices() {
        rest = ConsoleRest.forConsole(browser.consoleUrl());
        String admin = rest.login(ADMIN, ADMIN_PASSWORD);
        try {
            rest.put("/rate-plans/" + PLAN, ratePlan(), admin).expect(200);
            rest.put("/cost-tables/" + COST_TABLE, costTable(), admin).expect(200);
            for (String slug : List.of(TENANT_A, TENANT_B, TENANT_C)) {
                onboardTenant(rest, admin, slug, "UTC", "en-US", "USD", "OUTSOURCED");
                rest.put("/tenants/" + slug + "/billing/rate-plan", "{\"planId\":" + ConsoleRest.quote(PLAN) + "}", admin).expect(204);
            }

            LocalDate day = PERIOD.atDay(10);
            List<Map<String, Object>> callsOfA = rest.post("/tenants/" + TENANT_A + "/billing/calls", "["
                    + call(day.atTime(9, 0).toInstant(ZoneOffset.UTC), 125, "+861088886666") + ","
                    + call(day.atTime(9, 30).toInstant(ZoneOffset.UTC), 61, "+8613800138000") + ","
                    + call(day.plusDays(1).atTime(14, 0).toInstant(ZoneOffset.UTC), 10, "+861088886667") + ","
                    + call(day.plusDays(2).atTime(8, 15).toInstant(ZoneOffset.UTC), 0, "+8613900139000") + ","
                    + call(day.plusDays(5).atTime(16, 45).toInstant(ZoneOffset.UTC), 200, "+861088886668") + ","
                    // the last 30 s before the month and its first second after it belong to other months
                    + call(PERIOD.atDay(1).atStartOfDay().minusSeconds(30).toInstant(ZoneOffset.UTC), 300, "+861088886669") + ","
                    + call(PERIOD.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC), 300, "+861088886670")
                    + "]", admin).expect(201).list();
            assertEquals(7, callsOfA.size());

            rest.post("/tenants/" + TENANT_B + "/billing/calls", "[" + call(day.atTime(11, 0).toInstant(ZoneOffset.UTC), 90,
                    "+8613800138001") + "]", admin).expect(201);
            rest.post("/tenants/" + TENANT_C + "/billing/calls", "[" + call(day.atTime(12, 0).toInstant(ZoneOffset.UTC), 60,
                    "+861088886671") + "]", admin).expect(201);
            invoiceOfB = issueInvoice(TENANT_B, admin, "26.85");
            invoiceOfC = issueInvoice(TENANT_C, admin, "26.00");

            rest.post("/orgs/" + TENANT_B + "/users", "{\"username\":" + ConsoleRest.quote(MANAGER_B) + ",\"displayName\":"
                    + ConsoleRest.quote("Client manager " + RUN) + ",\"password\":" + ConsoleRest.quote(MANAGER_B_PASSWORD)
                    + ",\"role\":\"CLIENT_MANAGER\",\"unitId\":null}", admin).expect(201);
        } finally {
            rest.logout(admin);
        }
    }

    @Test
    public void agencyAdminRatesTheMonthChecksThePreviewIssuesTheInvoiceAndFindsItInTheRegister() {
        browser.login(ADMIN, ADMIN_PASSWORD);
        assertTrue("agency admins have the invoice register in the header", browser.displayed(By.id("nav-invoices")).isPresent());
        browser.awaitLoaded("tenants-table");
        browser.visible(row("tenant-row", "data-slug", TENANT_A)).findElement(test("tenant-billing")).click();

        // The previous month is the default.
        browser.await().until(ExpectedConditions.attributeToBe(By.id("billing-page"), "data-tenant", TENANT_A));
        assertEquals(PERIOD.toString(), browser.driver.findElement(By.id("billing-page")).getAttribute("data-period"));
        assertEquals(PERIOD.toString(), browser.driver.findElement(By.id("billing-period")).getAttribute("value"));
        assertTrue(browser.driver.getCurrentUrl(), browser.driver.getCurrentUrl().contains("period=" + PERIOD));

        // Nothing is priced before the month is rated.
        awaitTable("summary-table", "summary-error");
        assertTrue("no charges before rating", browser.displayed(test("summary-empty")).isPresent());
        awaitTable("preview-table", "preview-error");
        assertTrue("nothing to invoice before rating", browser.displayed(test("preview-empty")).isPresent());
        assertTrue("no documents yet", browser.displayed(test("documents-empty")).isPresent());

        // Invoicing terms: bill-to, 6 % VAT, 14 days, the carrier cost table.
        browser.await().until(ExpectedConditions.attributeToBe(By.id("terms-form"), "data-loaded", "true"));
        browser.type(By.id("terms-bill-to-name"), BILL_TO);
        browser.type(By.id("terms-bill-to-address"), "1 Test Road\nPudong, Shanghai");
        browser.type(By.id("terms-tax-name"), "VAT");
        browser.type(By.id("terms-tax-rate"), "0.06");
        assertEquals("= 6 %", browser.driver.findElement(By.id("terms-tax-rate-hint")).getText());
        browser.type(By.id("terms-payment-days"), "14");
        browser.select(By.id("terms-cost-table"), COST_TABLE);
        browser.driver.findElement(By.id("terms-save")).click();
        browser.awaitFormResult("terms-error", ConsoleBrowser.WAIT, ExpectedConditions.visibilityOfElementLocated(By.id("terms-message")));

        // Rating as a job: progress to the end, then the report.
        browser.driver.findElement(By.id("rate-month")).click();
        WebElement job = awaitRatingJob(null);
        assertEquals("1 month + 5 calls of the month", "6", job.getAttribute("data-total"));
        assertEquals("6", job.getAttribute("data-done"));
        assertTrue(job.getText(), browser.driver.findElement(By.id("rating-progress-text")).getText().contains("6 of 6"));
        assertEquals("6", browser.driver.findElement(By.id("rating-progress")).getAttribute("value"));
        assertEquals("6", reportValue("records"));
        assertEquals("6", reportValue("inserted"));
        assertEquals("0", reportValue("updated"));
        assertEquals("0", reportValue("unchanged"));
        assertEquals("0", reportValue("adjusted"));
        assertMoney("charges total", "32.35", reportValue("total"));
        assertTrue(browser.driver.findElement(test("rating-total")).getText().contains("32.35 USD"));
        assertTrue("every record priced", browser.displayed(By.id("rating-no-failures")).isPresent());

        // The charge summary.
        browser.await().until(d -> d.findElements(test("summary-row")).size() == 3);
        awaitTable("summary-table", "summary-error");
        WebElement talk = browser.driver.findElement(row("summary-row", "data-type", "TALK"));
        assertEquals("4", talk.findElement(test("summary-charges")).getText());
        assertEquals("426 s", talk.findElement(test("summary-quantity")).getText());
        assertMoney("talk", "7.30", talk.findElement(test("summary-amount")).getAttribute("data-value"));
        assertMoney("attempts", "0.05", browser.driver.findElement(row("summary-row", "data-type", "ATTEMPT"))
                .findElement(test("summary-amount")).getAttribute("data-value"));
        assertMoney("platform fee", "25.00", browser.driver.findElement(row("summary-row", "data-type", "PLATFORM_FEE"))
                .findElement(test("summary-amount")).getAttribute("data-value"));

        // The invoice preview: lines, subtotal, tax, total, bill-to, due date.
        browser.await().until(d -> d.findElements(test("preview-line")).size() == 3);
        awaitTable("preview-table", "preview-error");
        List<WebElement> lines = browser.driver.findElements(test("preview-line"));
        assertEquals(List.of("PLATFORM_FEE", "TALK", "ATTEMPT"), lines.stream().map(l -> l.getAttribute("data-type")).collect(Collectors.toList()));
        assertLine(lines.get(0), "Platform fee", "1 month", "1", "25.00");
        assertLine(lines.get(1), "Talk time", "7.10 min", "4", "7.30");
        assertLine(lines.get(2), "Call attempts without talk time", "1 call", "1", "0.05");
        assertEquals("32.35", browser.driver.findElement(By.id("preview-subtotal")).getAttribute("data-value"));
        WebElement vat = browser.driver.findElement(row("preview-tax", "data-name", "VAT"));
        assertEquals("0.06", vat.getAttribute("data-rate"));
        assertEquals("1.94", vat.findElement(test("preview-tax-amount")).getAttribute("data-value"));
        assertTrue(vat.getText(), vat.getText().contains("VAT 6 %"));
        assertEquals("34.29", browser.driver.findElement(By.id("preview-total")).getAttribute("data-value"));
        assertEquals("34.29 USD", browser.driver.findElement(By.id("preview-total")).getText());
        String customer = browser.driver.findElement(test("preview-customer")).getText();
        assertTrue(customer, customer.contains(BILL_TO) && customer.contains("Pudong, Shanghai"));
        LocalDate issued = LocalDate.parse(browser.driver.findElement(test("preview-issue-date")).getAttribute("data-value"));
        assertEquals("14 payment days", issued.plusDays(14).toString(),
                browser.driver.findElement(test("preview-due-date")).getAttribute("data-value"));

        // Drill-down: the talk line's four charges in record order, the minimum on the short call.
        lines.get(1).findElement(test("preview-line-open")).click();
        List<WebElement> charges = awaitCharges("TALK", 4);
        assertAmounts(charges, "2.05", "1.37", "0.60", "3.28");
        assertEquals("126 s", charges.get(0).findElement(test("charge-quantity")).getText());
        assertEquals("0.95 per min", charges.get(0).findElement(test("charge-price")).getText());
        assertTrue(charges.get(2).getText(), charges.get(2).findElement(test("charge-rule")).getText().contains("minimum"));
        assertTrue(browser.driver.findElement(By.id("charges-page-info")).getText().contains("4 entries"));
        browser.driver.findElement(row("preview-line", "data-type", "ATTEMPT")).click();
        charges = awaitCharges("ATTEMPT", 1);
        assertAmounts(charges, "0.05");
        assertTrue(charges.get(0).getText(), charges.get(0).findElement(test("charge-rule")).getText().contains("attempt"));
        browser.screenshot(buildDir.resolve("console-billing-preview.png"));

        // Rating again changes nothing.
        String firstJob = browser.driver.findElement(By.id("rating-job")).getAttribute("data-job-id");
        browser.driver.findElement(By.id("rate-month")).click();
        awaitRatingJob(firstJob);
        assertEquals("6", reportValue("unchanged"));
        assertEquals("0", reportValue("inserted"));
        assertEquals("0", reportValue("updated"));

        // Issuing, confirmed in the dialog.
        WebElement issue = browser.driver.findElement(By.id("issue-invoice"));
        assertTrue("the month can be invoiced", issue.isEnabled());
        assertFalse("no credit note before the invoice", browser.driver.findElement(By.id("issue-credit-note")).isEnabled());
        issue.click();
        browser.visible(By.id("issue-dialog"));
        assertTrue(browser.driver.findElement(test("issue-preview-total")).getText().contains("34.29"));
        browser.driver.findElement(By.id("issue-confirm")).click();
        WebElement issuedMessage = browser.awaitFormResult("issue-error", Duration.ofSeconds(60),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#preview-message[data-number]")));
        String number = issuedMessage.getAttribute("data-number");
        assertTrue(number, number.matches("INV-\\d{4}-\\d{6}"));
        assertTrue(issuedMessage.getText(), issuedMessage.getText().contains("34.29 USD"));
        assertFalse(browser.displayed(By.id("issue-dialog")).isPresent());

        // The number in the documents list; the month now counts as invoiced.
        WebElement document = browser.visible(row("document-row", "data-number", number));
        assertEquals("INVOICE", document.getAttribute("data-kind"));
        assertEquals(PERIOD.toString(), document.getAttribute("data-period"));
        assertEquals("ISSUED", document.findElement(test("document-state")).getText());
        assertMoney("invoice total", "34.29", document.findElement(test("document-total")).getAttribute("data-value"));
        browser.await().until(ExpectedConditions.attributeToBe(By.id("preview-invoiced"), "data-number", number));
        assertTrue(browser.visible(By.id("preview-invoiced")).getText().contains(number));
        assertFalse("invoiced once only", browser.driver.findElement(By.id("issue-invoice")).isEnabled());

        // A credit note with nothing to correct: the server's refusal in the dialog.
        browser.await().until(ExpectedConditions.elementToBeClickable(By.id("issue-credit-note"))).click();
        browser.visible(By.id("issue-dialog"));
        browser.driver.findElement(By.id("issue-confirm")).click();
        WebElement refusal = browser.visible(By.id("issue-error"));
        assertTrue(refusal.getText(), refusal.findElement(test("problem-title")).getText().startsWith("409"));
        assertTrue(refusal.getText(), refusal.findElement(test("problem-detail")).getText().contains("no open corrections"));
        browser.driver.findElement(By.id("issue-cancel")).click();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("issue-dialog")));

        // Downloads: the PDF and the detail tables, from Java with the token, then through the page's buttons.
        String admin = rest.login(ADMIN, ADMIN_PASSWORD);
        try {
            String documentPath = "/tenants/" + TENANT_A + "/billing/documents/" + number;
            ConsoleRest.Reply pdf = rest.get(documentPath + "/pdf", admin).expect(200);
            assertTrue(pdf.contentType(), pdf.contentType().startsWith("application/pdf"));
            assertTrue("a PDF file", new String(pdf.bytes(), 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));
            ConsoleRest.Reply csv = rest.get(documentPath + "/detail?format=csv", admin).expect(200);
            assertTrue(csv.contentType(), csv.contentType().startsWith("text/csv"));
            assertDetailReconciles(csv.text(), "32.35");
            ConsoleRest.Reply xlsx = rest.get(documentPath + "/detail?format=xlsx", admin).expect(200);
            assertTrue(xlsx.contentType(), xlsx.contentType().contains("spreadsheetml"));
            assertEquals("an Office Open XML (zip) file", "PK", new String(xlsx.bytes(), 0, 2, StandardCharsets.ISO_8859_1));
        } finally {
            rest.logout(admin);
        }
        assertDownload(number, "doc-pdf", number + ".pdf", "application/pdf");
        assertDownload(number, "doc-xlsx", number + "-detail.xlsx", "spreadsheetml");
        browser.screenshot(buildDir.resolve("console-billing.png"));

        // The register: cost and margin of the new invoice; B is invoiced without a cost table.
        browser.driver.findElement(By.id("nav-invoices")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("register-table"), "data-loaded", "true"));
        WebElement entry = browser.visible(row("register-row", "data-number", number));
        assertEquals(TENANT_A, entry.getAttribute("data-tenant"));
        assertEquals("ISSUED", entry.findElement(test("register-state")).getText());
        assertMoney("register subtotal", "32.35", entry.findElement(test("register-subtotal")).getAttribute("data-value"));
        assertMoney("register tax", "1.94", entry.findElement(test("register-tax")).getAttribute("data-value"));
        assertMoney("register total", "34.29", entry.findElement(test("register-total")).getAttribute("data-value"));
        assertMoney("carrier cost", "1.98", entry.findElement(test("register-cost")).getAttribute("data-value"));
        assertMoney("margin", "30.37", entry.findElement(test("register-margin")).getAttribute("data-value"));
        assertEquals("30.37 USD", entry.findElement(test("register-margin")).getText());
        WebElement entryOfB = browser.driver.findElement(row("register-row", "data-number", invoiceOfB));
        assertEquals(TENANT_B, entryOfB.getAttribute("data-tenant"));
        assertEquals("costs not tracked for B", "", entryOfB.findElement(test("register-cost")).getAttribute("data-value"));
        assertEquals("—", entryOfB.findElement(test("register-margin")).getText());
        browser.screenshot(buildDir.resolve("console-invoice-register.png"));

        // From the register back to the tenant's month.
        entry.findElement(test("register-tenant-link")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("billing-page"), "data-tenant", TENANT_A));
        assertEquals(PERIOD.toString(), browser.driver.findElement(By.id("billing-page")).getAttribute("data-period"));
        browser.visible(row("document-row", "data-number", number));
    }

    @Test
    public void clientManagerReadsOnlyOwnTenantsInvoiceAndIsRefusedAnotherTenantsBilling() {
        browser.login(MANAGER_B, MANAGER_B_PASSWORD);
        assertEquals("CLIENT_MANAGER", browser.driver.findElement(By.id("current-role")).getText());

        // Signed in, the client manager lands on their tenant's invoices.
        browser.await().until(ExpectedConditions.attributeToBe(By.id("billing-page"), "data-tenant", TENANT_B));
        assertEquals("reader", browser.driver.findElement(By.id("billing-page")).getAttribute("data-mode"));
        assertEquals(PERIOD.toString(), browser.driver.findElement(By.id("billing-page")).getAttribute("data-period"));
        assertTrue("the header links the invoices", browser.displayed(By.id("nav-billing")).isPresent());
        for (String id : List.of("nav-my-org", "nav-invoices", "nav-tenants")) {
            assertTrue("no " + id + " for a client manager", browser.driver.findElements(By.id(id)).isEmpty());
        }
        for (String id : List.of("rate-month", "issue-invoice", "issue-credit-note", "terms-form", "plan-form", "billing-tenant-select")) {
            assertTrue("a client manager has no " + id, browser.driver.findElements(By.id(id)).isEmpty());
        }

        // Only B's invoice, not C's (nor anyone else's).
        browser.await().until(ExpectedConditions.attributeToBe(By.id("documents-table"), "data-loaded", "true"));
        List<WebElement> documents = browser.driver.findElements(test("document-row"));
        assertEquals(List.of(invoiceOfB), documents.stream().map(d -> d.getAttribute("data-number")).collect(Collectors.toList()));
        assertMoney("B's total", "26.85", documents.get(0).findElement(test("document-total")).getAttribute("data-value"));
        assertTrue(browser.driver.findElements(row("document-row", "data-number", invoiceOfC)).isEmpty());

        // The invoiced month's preview and its drill-down are readable.
        browser.await().until(ExpectedConditions.attributeToBe(By.id("preview-invoiced"), "data-number", invoiceOfB));
        awaitTable("preview-table", "preview-error");
        assertEquals("26.85", browser.driver.findElement(By.id("preview-total")).getAttribute("data-value"));
        assertTrue("no tax for B", browser.driver.findElements(test("preview-tax")).isEmpty());
        browser.driver.findElement(row("preview-line", "data-type", "TALK")).findElement(test("preview-line-open")).click();
        assertAmounts(awaitCharges("TALK", 1), "1.85");

        // The PDF through the page's button: fetched with the token, no problem shown.
        assertDownload(invoiceOfB, "doc-pdf", invoiceOfB + ".pdf", "application/pdf");
        browser.screenshot(buildDir.resolve("console-billing-client-manager.png"));

        // Another month through the picker: nothing rated there, the documents stay listed.
        browser.driver.findElement(By.id("period-next")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("billing-page"), "data-period", PERIOD.plusMonths(1).toString()));
        assertTrue(browser.driver.getCurrentUrl(), browser.driver.getCurrentUrl().contains("period=" + PERIOD.plusMonths(1)));
        awaitTable("summary-table", "summary-error");
        assertTrue(browser.displayed(test("summary-empty")).isPresent());
        browser.visible(row("document-row", "data-number", invoiceOfB));
        browser.driver.findElement(By.id("period-prev")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("billing-page"), "data-period", PERIOD.toString()));

        // Another tenant's billing page, opened by its address: the server refuses, nothing of C is shown.
        browser.driver.get(browser.consoleUrl() + "#/billing/" + TENANT_C + "?period=" + PERIOD);
        browser.await().until(ExpectedConditions.attributeToBe(By.id("billing-page"), "data-tenant", TENANT_C));
        WebElement refusal = browser.visible(By.id("billing-error"));
        assertTrue(refusal.getText(), refusal.findElement(test("problem-title")).getText().startsWith("403"));
        assertTrue(refusal.getText(), refusal.findElement(test("refusal")).getText().contains(TENANT_C));
        assertFalse("nothing of C's billing shown", browser.displayed(By.id("billing-content")).isPresent());
        assertTrue(browser.driver.findElements(test("document-row")).isEmpty());
        assertTrue(browser.driver.findElements(test("preview-line")).isEmpty());

        // ... and the agency's register.
        browser.driver.get(browser.consoleUrl() + "#/invoices");
        WebElement registerRefusal = browser.visible(By.id("register-error"));
        assertTrue(registerRefusal.getText(), registerRefusal.findElement(test("problem-title")).getText().startsWith("403"));
        assertTrue(browser.driver.findElements(test("register-row")).isEmpty());
        assertTrue("still signed in as " + MANAGER_B, browser.displayed(By.id("app-header")).isPresent());
    }

    // ---- set-up through the API -----------------------------------------------------------------------

    private static String ratePlan() {
        return "{\"id\":" + ConsoleRest.quote(PLAN) + ",\"currency\":\"USD\",\"scale\":2,\"rounding\":\"HALF_UP\",\"zone\":\"UTC\","
                + "\"agencyOnly\":false,\"versions\":[{\"version\":1,\"effectiveFrom\":\"2020-01-01\","
                + "\"increments\":{\"firstSeconds\":30,\"nextSeconds\":6},\"minimumCharge\":\"0.60\",\"connectionFee\":\"0.05\","
                + "\"attemptFee\":\"0\",\"bands\":[],\"destinations\":["
                + "{\"prefix\":\"86\",\"name\":\"China fixed\",\"perMinute\":\"0.95\",\"bandPerMinute\":{}},"
                + "{\"prefix\":\"8613\",\"name\":\"China mobile\",\"perMinute\":\"1.20\",\"bandPerMinute\":{}}],"
                + "\"seatPerAgentHour\":null,\"commissionPerOrder\":null,\"messagePerPart\":{},\"monthlyFee\":\"25.00\"}]}";
    }

    private static String costTable() {
        return "{\"id\":" + ConsoleRest.quote(COST_TABLE) + ",\"currency\":\"USD\",\"scale\":4,\"rounding\":\"HALF_UP\",\"zone\":\"UTC\","
                + "\"versions\":[{\"version\":1,\"effectiveFrom\":\"2020-01-01\",\"rates\":[{\"trunk\":null,\"prefix\":\"86\","
                + "\"perMinute\":\"0.30\",\"increments\":{\"firstSeconds\":1,\"nextSeconds\":1},\"connectionFee\":\"0\"}]}]}";
    }

    private static String call(Instant startedAt, int talkSeconds, String destination) {
        return "{\"startedAt\":\"" + startedAt + "\",\"talkSeconds\":" + talkSeconds + ",\"destination\":\"" + destination
                + "\",\"handler\":\"AGENCY\",\"trunk\":\"trunk-1\",\"campaign\":\"console-test\",\"agent\":null,\"result\":\""
                + (talkSeconds > 0 ? "ANSWERED" : "NO_ANSWER") + "\"}";
    }

    private static String issueInvoice(String slug, String admin, String expectedTotal) {
        Map<String, Object> invoice = rest.post("/tenants/" + slug + "/billing/invoices/" + PERIOD, null, admin).expect(201).json();
        assertMoney("invoice total of " + slug, expectedTotal, String.valueOf(invoice.get("total")));
        String number = String.valueOf(invoice.get("number"));
        assertTrue(number, number.startsWith("INV-"));
        return number;
    }

    // ---- page helpers -------------------------------------------------------------------------------

    /** Waits for a table the page marks with data-loaded; fails with the problem shown instead. */
    private static void awaitTable(String tableId, String errorBoxId) {
        browser.awaitFormResult(errorBoxId, ConsoleBrowser.WAIT,
                d -> "true".equals(d.findElement(By.id(tableId)).getAttribute("data-loaded")));
    }

    /** Waits for the rating job after {@code previousJob} to succeed and its report to show; fails on a problem. */
    private static WebElement awaitRatingJob(String previousJob) {
        return browser.await(Duration.ofSeconds(90)).until(d -> {
            Optional<WebElement> problem = browser.displayed(By.id("rating-error"));
            if (problem.isPresent()) {
                throw new AssertionError("Rating answered with a problem: " + problem.get().getText());
            }
            WebElement job = d.findElement(By.id("rating-job"));
            String id = job.getAttribute("data-job-id");
            if (id == null || id.equals(previousJob)) {
                return null;
            }
            return "SUCCEEDED".equals(job.getAttribute("data-state")) && browser.displayed(By.id("rating-report")).isPresent() ? job : null;
        });
    }

    private static String reportValue(String name) {
        return browser.driver.findElement(test("rating-" + name)).getAttribute("data-value");
    }

    /** Waits for the drill-down of a charge type and answers its rows. */
    private static List<WebElement> awaitCharges(String type, int expected) {
        browser.awaitFormResult("charges-error", ConsoleBrowser.WAIT, d -> {
            WebElement table = d.findElement(By.id("charges-table"));
            return type.equals(table.getAttribute("data-type")) && "true".equals(table.getAttribute("data-loaded"));
        });
        assertEquals(type, browser.visible(By.id("charges-card")).getAttribute("data-type"));
        List<WebElement> rows = browser.driver.findElements(test("charge-row"));
        assertEquals(type + " charges: " + rows.stream().map(WebElement::getText).collect(Collectors.joining(" | ")), expected, rows.size());
        return rows;
    }

    private static void assertLine(WebElement line, String description, String quantity, String records, String amount) {
        assertEquals(description, line.findElement(test("preview-line-description")).getText());
        assertEquals(description, quantity, line.findElement(test("preview-line-quantity")).getText());
        assertEquals(description, records, line.findElement(test("preview-line-records")).getText());
        assertEquals(description, amount, line.findElement(test("preview-line-amount")).getAttribute("data-value"));
        assertEquals(description, amount, line.findElement(test("preview-line-amount")).getText());
    }

    private static void assertAmounts(List<WebElement> rows, String... expected) {
        List<String> shown = rows.stream().map(r -> r.getAttribute("data-amount")).collect(Collectors.toList());
        assertEquals("amounts " + shown, expected.length, shown.size());
        for (int i = 0; i < expected.length; i++) {
            assertMoney("amount " + (i + 1) + " of " + shown, expected[i], shown.get(i));
        }
    }

    /** Clicks a document's download button and waits for the page to report the file it fetched. */
    private static void assertDownload(String number, String button, String filename, String type) {
        browser.visible(row("document-row", "data-number", number)).findElement(test(button)).click();
        WebElement message = browser.awaitFormResult("documents-error", Duration.ofSeconds(60), d -> {
            Optional<WebElement> shown = browser.displayed(By.id("documents-message"));
            return shown.isPresent() && filename.equals(shown.get().getAttribute("data-file")) ? shown.get() : null;
        });
        assertTrue(message.getAttribute("data-type"), message.getAttribute("data-type").contains(type));
        assertTrue("bytes fetched", Long.parseLong(message.getAttribute("data-bytes")) > 0);
        assertTrue(message.getText(), message.getText().contains(filename));
    }

    /** The CSV detail of an invoice: one charge row per record of the month, adding up to the subtotal. */
    private static void assertDetailReconciles(String csv, String subtotal) {
        List<List<String>> rows = parseCsv(csv);
        List<String> header = rows.get(0);
        assertEquals(header.toString(), List.of("kind", "source_type", "source_id", "period", "charge_type"), header.subList(0, 5));
        int amount = header.indexOf("amount");
        List<List<String>> records = rows.subList(1, rows.size());
        assertEquals("the month and its five calls: " + records, 6, records.size());
        BigDecimal sum = records.stream().map(r -> new BigDecimal(r.get(amount))).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertMoney("sum of the detail", subtotal, sum.toPlainString());
    }

    /** RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks); a byte-order mark is skipped. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(fields);
        }
        return rows;
    }

    private static void assertMoney(String what, String expected, String actual) {
        assertNotNull(what + " is shown", actual);
        assertFalse(what + " is shown", actual.isBlank());
        assertEquals(what + ": expected " + expected + ", was " + actual, 0, new BigDecimal(expected).compareTo(new BigDecimal(actual)));
    }
}
