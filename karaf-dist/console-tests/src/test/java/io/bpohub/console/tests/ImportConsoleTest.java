package io.bpohub.console.tests;

import static io.bpohub.console.tests.ConsoleBrowser.test;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The contact import page: a tenant admin uploads a CSV file, sees its first rows with a field guessed for each
 * column, starts the import into a campaign, follows its progress to the summary with rejects per reason and the
 * qualification rate, and downloads the rejected rows. A tenant of its own, set up through the REST API.
 */
public class ImportConsoleTest extends ConsoleTestSupport {
    private static final String TENANT = "imp" + RUN;
    private static final String TENANT_ADMIN = "imp.admin" + RUN;
    private static final String PASSWORD = "Imp-pass-" + RUN + "-9x";

    private static ConsoleRest rest;

    @BeforeClass
    public static void setUpTenantAndCampaign() {
        rest = ConsoleRest.forConsole(browser.consoleUrl());
        String admin = rest.login(ADMIN, ADMIN_PASSWORD);
        onboardTenant(rest, admin, TENANT, "Asia/Shanghai", "zh-CN", "CNY", "IN_HOUSE");
        rest.post("/orgs/" + TENANT + "/users", "{\"username\":" + ConsoleRest.quote(TENANT_ADMIN) + ",\"displayName\":\"Admin\",\"password\":"
                + ConsoleRest.quote(PASSWORD) + ",\"role\":\"TENANT_ADMIN\"}", admin).expect(201);
        rest.post("/orgs/" + TENANT + "/units", "{\"kind\":\"DEPARTMENT\",\"name\":\"Sales\"}", admin).expect(201);
        rest.post("/tenants/" + TENANT + "/campaigns/leads", "{\"name\":\"Leads\",\"kind\":\"OUTBOUND_SALES\",\"startDate\":\""
                + LocalDate.now(ZoneOffset.UTC) + "\"}", admin).expect(201);
    }

    @Test
    public void tenantAdminUploadsMapsAndImportsAFileThenDownloadsItsRejects() throws Exception {
        Path file = Files.createTempFile("leads-", ".csv");
        Files.writeString(file, "姓名,电话,城市\n王芳,138 0013 8000,上海\n李雷,12345,北京\n重复,+86 138-0013-8000,上海\n张伟,13900139000,广州\n",
                StandardCharsets.UTF_8);
        browser.login(TENANT_ADMIN, PASSWORD);
        browser.visible(By.id("nav-imports")).click();
        browser.awaitLoaded("import-history");
        browser.select(By.id("import-campaign"), "leads");
        browser.driver.findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
        browser.visible(test("import-upload-submit")).click();

        WebElement preview = browser.visible(test("import-preview"));
        List<String> guessed = browser.driver.findElements(test("import-field")).stream()
                .map(s -> s.getAttribute("value")).collect(Collectors.toList());
        assertEquals("fields guessed from the Chinese headers", List.of("NAME", "PHONE", "CITY"), guessed);
        assertTrue(preview.getText(), preview.getText().contains("王芳"));
        browser.type(By.cssSelector("[data-test=import-save-as]"), "crm");
        browser.visible(test("import-start")).click();

        browser.await().withTimeout(Duration.ofSeconds(60))
                .until(ExpectedConditions.attributeToBe(By.id("import-job"), "data-state", "SUCCEEDED"));
        assertEquals("4", browser.visible(test("import-rows")).getText());
        assertEquals("2", browser.visible(test("import-accepted")).getText());
        assertEquals("50.00 %", browser.visible(test("import-rate")).getText());
        List<String> reasons = browser.driver.findElements(test("import-reason")).stream()
                .map(r -> r.getAttribute("data-reason")).sorted().collect(Collectors.toList());
        assertEquals(List.of("DUPLICATE_IN_FILE", "INVALID_NUMBER"), reasons);

        browser.visible(test("import-rejects-csv")).click();
        WebElement message = browser.await().until(d -> {
            WebElement m = d.findElement(By.id("import-message"));
            return m.isDisplayed() && m.getAttribute("data-file") != null ? m : null;
        });
        assertTrue(message.getText(), message.getAttribute("data-file").endsWith("-rejects.csv"));
        assertTrue("bytes fetched", Long.parseLong(message.getAttribute("data-bytes")) > 0);
        browser.awaitLoaded("import-history");
        assertEquals("COMPLETED", browser.visible(ConsoleBrowser.row("import-row", "data-state", "COMPLETED")).getAttribute("data-state"));
        assertEquals("the mapping was saved", "crm", rest.get("/tenants/" + TENANT + "/imports/mappings", rest.login(TENANT_ADMIN, PASSWORD))
                .expect(200).list().get(0).get("name"));

        // the imported contacts are the campaign's unassigned pool: the admin hands them to the department
        browser.visible(By.id("nav-campaigns")).click();
        browser.awaitLoaded("campaigns-table");
        browser.visible(ConsoleBrowser.row("campaign-row", "data-key", "leads")).findElement(test("campaign-assign")).click();
        browser.awaitLoaded("assign-targets");
        assertEquals("DEPARTMENT", browser.visible(By.id("assign-level")).getAttribute("value"));
        browser.visible(ConsoleBrowser.row("assign-target", "data-value", departmentId())).findElement(By.tagName("input")).click();
        browser.visible(test("assign-submit")).click();
        WebElement assigned = browser.await().until(ExpectedConditions.visibilityOfElementLocated(By.id("assign-message")));
        assertEquals(assigned.getText(), "2", assigned.getAttribute("data-assigned"));
    }

    private static String departmentId() {
        Object tree = rest.get("/orgs/" + TENANT + "/tree", rest.login(ADMIN, ADMIN_PASSWORD)).expect(200).list().get(0).get("id");
        return String.valueOf(((Number) tree).longValue());
    }
}
