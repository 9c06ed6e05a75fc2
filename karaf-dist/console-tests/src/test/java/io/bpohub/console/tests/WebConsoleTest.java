package io.bpohub.console.tests;

import static io.bpohub.console.tests.ConsoleBrowser.row;
import static io.bpohub.console.tests.ConsoleBrowser.test;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Drives the web console of the real packaged distribution (or, with -Dbpo.console.url=..., of a
 * server that is already running) in headless Chromium.
 */
public class WebConsoleTest extends ConsoleTestSupport {
    private static final Duration PROVISIONING = Duration.ofSeconds(120);

    @Test
    public void consoleAddressWithoutSlashShowsTheLoginPage() {
        String withoutSlash = browser.consoleUrl().replaceAll("/$", "");
        browser.driver.get(withoutSlash);
        browser.visible(By.id("login-form"));
        assertTrue(browser.driver.getCurrentUrl(), browser.driver.getCurrentUrl().contains("/console/"));
    }

    @Test
    public void wrongPasswordShowsTheError() {
        browser.submitLogin("globex.admin", "not-the-password");
        WebElement error = browser.visible(By.id("login-error"));
        assertFalse("the error says what went wrong", error.getText().isBlank());
        assertTrue(browser.displayed(By.id("login-form")).isPresent());
        assertFalse("no header for a failed login", browser.displayed(By.id("app-header")).isPresent());
        assertEquals(0L, ((Number) browser.driver.executeScript("return window.sessionStorage.length;")).longValue());
    }

    @Test
    public void agencyAdminLogsInAndSeesTheDemoTenants() {
        browser.login(ADMIN, ADMIN_PASSWORD);
        assertEquals("AGENCY_ADMIN", browser.driver.findElement(By.id("current-role")).getText());
        browser.awaitLoaded("tenants-table");
        for (String slug : List.of("acme", "globex")) {
            WebElement tenant = browser.visible(row("tenant-row", "data-slug", slug));
            assertEquals("ACTIVE", tenant.findElement(test("tenant-status")).getText());
        }
        browser.screenshot(buildDir.resolve("console-tenants.png"));

        browser.driver.findElement(By.id("logout")).click();
        browser.visible(By.id("login-form"));
        assertFalse(browser.displayed(By.id("app-header")).isPresent());
    }

    @Test
    public void agencyAdminOnboardsTenantThroughTheFormThenSuspendsAndResumesIt() {
        String slug = "initech" + RUN;
        browser.login(ADMIN, ADMIN_PASSWORD);
        browser.awaitLoaded("tenants-table");

        By tenantRow = onboardThroughTheForm(slug, "Initech " + RUN, "Europe/Berlin", "de-DE", "EUR", "IN_HOUSE");
        WebElement created = browser.driver.findElement(tenantRow);
        assertEquals("ACTIVE", created.findElement(test("tenant-status")).getText());
        assertEquals("IN_HOUSE", created.findElement(test("tenant-mode")).getText());

        suspendThroughTheDialog(tenantRow, "Contract paused by the browser test");
        assertEquals("SUSPENDED", browser.driver.findElement(tenantRow).findElement(test("tenant-status")).getText());

        browser.driver.findElement(tenantRow).findElement(test("tenant-resume")).click();
        browser.awaitFormResult("tenants-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(tenantRow, "data-status", "ACTIVE"));
    }

    @Test
    public void agencyAdminOffboardsSuspendedTenantOnlyAfterExportAndWithTheTypedSlug() {
        String slug = "umbrella" + RUN;
        browser.login(ADMIN, ADMIN_PASSWORD);
        browser.awaitLoaded("tenants-table");

        By tenantRow = onboardThroughTheForm(slug, "Umbrella " + RUN, "America/New_York", "en-US", "USD", "OUTSOURCED");
        WebElement active = browser.driver.findElement(tenantRow);
        assertFalse("an active tenant can be exported", active.findElements(test("tenant-export")).isEmpty());
        assertTrue("an active tenant cannot be offboarded", active.findElements(test("tenant-offboard")).isEmpty());

        suspendThroughTheDialog(tenantRow, "Contract ended; offboarding by the browser test");
        WebElement suspended = browser.driver.findElement(tenantRow);
        assertFalse("a suspended tenant can be exported", suspended.findElements(test("tenant-export")).isEmpty());

        // Offboarding before any export since the suspension: the server refuses, naming the export.
        WebElement refusal = offboardThroughTheDialog(tenantRow, slug);
        String explanation = browser.driver.findElement(By.id("offboard-explanation")).getText();
        assertTrue("the dialog says the database is deleted: " + explanation, explanation.contains("database"));
        assertTrue("the dialog says an export since suspension is needed: " + explanation,
                explanation.contains("exported since it was suspended"));
        assertEquals("export", problemField(refusal));
        assertTrue(refusal.getText(), refusal.findElement(test("problem-title")).getText().startsWith("409"));
        assertTrue(refusal.getText(), refusal.findElement(test("problem-detail")).getText().contains("export it first"));
        assertEquals("SUSPENDED", browser.driver.findElement(tenantRow).getAttribute("data-status"));
        browser.screenshot(buildDir.resolve("console-offboard-refused.png"));
        browser.driver.findElement(By.id("offboard-cancel")).click();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("offboard-dialog")));

        // Export: the page shows the file written and what it holds.
        browser.driver.findElement(tenantRow).findElement(test("tenant-export")).click();
        WebElement export = browser.awaitFormResult("tenants-error", PROVISIONING, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#export-result[data-slug='" + slug + "']")));
        String file = export.findElement(test("export-file")).getText();
        assertTrue("export file " + file, file.contains(slug) && file.endsWith(".json"));
        assertTrue("bytes written", Long.parseLong(export.findElement(test("export-bytes")).getAttribute("data-value")) > 0);
        assertTrue(export.findElement(test("export-bytes")).getText(), export.findElement(test("export-bytes")).getText().contains("bytes"));
        assertTrue("contacts count", Long.parseLong(export.findElement(test("export-contacts")).getAttribute("data-value")) >= 0);
        assertTrue("users count", Long.parseLong(export.findElement(test("export-users")).getAttribute("data-value")) >= 0);

        // A wrongly typed slug is refused by the server's confirm check.
        refusal = offboardThroughTheDialog(tenantRow, "not-" + slug);
        assertTrue("the dialog knows the export: " + browser.driver.findElement(By.id("offboard-export-info")).getText(),
                browser.driver.findElement(By.id("offboard-export-info")).getText().contains(file));
        assertEquals("confirm", problemField(refusal));
        assertTrue(refusal.getText(), refusal.findElement(test("problem-detail")).getText().contains(slug));
        assertEquals("true", browser.driver.findElement(By.id("offboard-confirm-slug")).getAttribute("aria-invalid"));
        assertEquals("SUSPENDED", browser.driver.findElement(tenantRow).getAttribute("data-status"));

        // The right slug offboards: status only, no actions left.
        browser.type(By.id("offboard-confirm-slug"), slug);
        browser.driver.findElement(By.id("offboard-confirm")).click();
        browser.awaitFormResult("offboard-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(tenantRow, "data-status", "OFFBOARDED"));
        assertFalse(browser.displayed(By.id("offboard-dialog")).isPresent());
        WebElement offboarded = browser.driver.findElement(tenantRow);
        assertEquals("OFFBOARDED", offboarded.findElement(test("tenant-status")).getText());
        assertTrue("no actions for an offboarded tenant",
                offboarded.findElement(test("tenant-actions")).findElements(By.cssSelector("button, a")).isEmpty());
        assertTrue(browser.visible(By.id("tenants-message")).getText().contains("OFFBOARDED"));
        browser.screenshot(buildDir.resolve("console-tenants-offboarded.png"));
    }

    @Test
    public void agencyAdminOpensTenantOrgTreeWithDepartmentsTeamsAndMembers() {
        browser.login(ADMIN, ADMIN_PASSWORD);
        browser.awaitLoaded("tenants-table");
        browser.visible(row("tenant-row", "data-slug", "acme")).findElement(test("tenant-org")).click();

        browser.await().until(ExpectedConditions.attributeToBe(By.id("org-page"), "data-owner", "acme"));
        browser.awaitLoaded("org-tree");
        List<WebElement> departments = browser.driver.findElements(
                By.cssSelector("#org-tree [data-test='org-unit'][data-kind='DEPARTMENT']"));
        assertFalse("acme has departments", departments.isEmpty());
        List<WebElement> teams = browser.driver.findElements(By.cssSelector(
                "#org-tree [data-kind='DEPARTMENT'] [data-test='org-unit'][data-kind='TEAM']"));
        assertFalse("acme's departments have teams", teams.isEmpty());
        List<WebElement> members = browser.driver.findElements(By.cssSelector("#org-tree [data-kind='TEAM'] [data-test='member']"));
        assertFalse("acme's teams have members", members.isEmpty());
        browser.awaitLoaded("users-table");
        assertFalse(browser.driver.findElements(test("user-row")).isEmpty());

        // Agency admins also see the agency's own organisation.
        Select owner = new Select(browser.visible(By.id("owner-select")));
        assertTrue(owner.getOptions().stream().anyMatch(o -> "agency".equals(o.getAttribute("value"))));
        owner.selectByValue("agency");
        browser.await().until(ExpectedConditions.attributeToBe(By.id("org-page"), "data-owner", "agency"));
        browser.awaitLoaded("org-tree");
        assertEquals("Agency organisation", browser.driver.findElement(By.id("org-title")).getText());
        assertFalse(browser.displayed(By.id("org-error")).isPresent());
    }

    @Test
    public void tenantAdminCreatesTeamAndUserThenMovesUserAndHistoryShowsBothPeriods() {
        String team = "Browser team " + RUN;
        String username = "agent" + RUN;
        browser.login(ACME_ADMIN, ACME_ADMIN_PASSWORD);
        browser.await().until(ExpectedConditions.attributeToBe(By.id("org-page"), "data-owner", "acme"));
        browser.awaitLoaded("org-tree");

        // A new team in the first department.
        browser.select(By.id("unit-kind"), "TEAM");
        browser.type(By.id("unit-name"), team);
        Select parent = new Select(browser.visible(By.id("unit-parent")));
        assertFalse("acme has a department to hold the team", parent.getOptions().isEmpty());
        parent.selectByIndex(0);
        browser.driver.findElement(By.id("unit-create")).click();
        By teamNode = By.cssSelector("#org-tree [data-test='org-unit'][data-kind='TEAM'][data-name='" + team + "']");
        WebElement teamElement = browser.awaitFormResult("unit-form-error", ConsoleBrowser.WAIT,
                ExpectedConditions.visibilityOfElementLocated(teamNode));
        String teamId = teamElement.getAttribute("data-unit-id");

        // A person in that team.
        browser.type(By.id("user-username"), username);
        browser.type(By.id("user-displayname"), "Browser Agent " + RUN);
        browser.type(By.id("user-password"), "Agent-pass-" + RUN + "-9x");
        browser.select(By.id("user-role"), "AGENT");
        browser.select(By.id("user-unit"), teamId);
        browser.driver.findElement(By.id("user-create")).click();
        browser.awaitFormResult("user-form-error", ConsoleBrowser.WAIT, ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[data-test='member'][data-username='" + username + "']")));
        WebElement person = browser.findUserRow(username);
        assertEquals(team, person.findElement(test("user-unit")).getText());

        // One action moves the person to another team.
        Select target = new Select(person.findElement(test("user-move-target")));
        WebElement otherTeam = target.getOptions().stream()
                .filter(o -> o.getText().contains(" › ") && !o.getAttribute("value").equals(teamId))
                .findFirst().orElseThrow(() -> new AssertionError("acme has no second team to move to"));
        String otherTeamName = otherTeam.getText().substring(otherTeam.getText().lastIndexOf(" › ") + 3);
        target.selectByValue(otherTeam.getAttribute("value"));
        person.findElement(test("user-move")).click();
        browser.awaitFormResult("users-error", ConsoleBrowser.WAIT, d -> otherTeamName.equals(
                d.findElement(row("user-row", "data-username", username)).findElement(test("user-unit")).getText()));

        // The history keeps the first period and shows the current one.
        browser.driver.findElement(row("user-row", "data-username", username)).findElement(test("user-history")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("history-panel"), "data-username", username));
        browser.awaitLoaded("history-panel");
        List<WebElement> periods = browser.driver.findElements(By.cssSelector("#history-body [data-test='history-row']"));
        String shown = periods.stream().map(WebElement::getText).collect(Collectors.joining(" | "));
        assertTrue("two periods: " + shown, periods.size() >= 2);
        assertTrue("the closed period in " + team + ": " + shown, periods.stream().anyMatch(p ->
                team.equals(p.findElement(test("history-unit")).getText()) && "false".equals(p.getAttribute("data-current"))));
        assertTrue("the current period in " + otherTeamName + ": " + shown, periods.stream().anyMatch(p ->
                otherTeamName.equals(p.findElement(test("history-unit")).getText()) && "true".equals(p.getAttribute("data-current"))));
    }

    @Test
    public void auditPageShowsTheDeniedEntryOfAcmeAdminOpeningGlobexOrg() {
        // audit times may be stored to the second
        Instant since = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(1);

        // The refusal, produced through the console.
        browser.login(ACME_ADMIN, ACME_ADMIN_PASSWORD);
        browser.await().until(ExpectedConditions.attributeToBe(By.id("org-page"), "data-owner", "acme"));
        browser.driver.get(browser.consoleUrl() + "#/org/globex");
        browser.visible(By.id("org-error"));
        assertTrue("tenant admins see the audit link", browser.displayed(By.id("nav-audit")).isPresent());

        // The agency admin's whole log, filtered by outcome DENIED.
        browser.login(ADMIN, ADMIN_PASSWORD);
        browser.visible(By.id("nav-audit")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("audit-page"), "data-scope", "all"));
        browser.awaitLoaded("audit-table");
        assertFalse("the unfiltered log has entries", browser.driver.findElements(test("audit-row")).isEmpty());

        // Paging through the whole log, ten entries a page (the demo seeding alone writes some thirty).
        browser.select(By.id("audit-size"), "10");
        browser.await().until(d -> "10".equals(d.findElement(By.id("audit-table")).getAttribute("data-size"))
                && "true".equals(d.findElement(By.id("audit-table")).getAttribute("data-loaded")));
        assertEquals(10, browser.driver.findElements(test("audit-row")).size());
        String newest = browser.driver.findElement(test("audit-row")).getAttribute("data-id");
        browser.driver.findElement(By.id("audit-next")).click();
        browser.await().until(d -> "1".equals(d.findElement(By.id("audit-table")).getAttribute("data-page"))
                && "true".equals(d.findElement(By.id("audit-table")).getAttribute("data-loaded")));
        assertTrue(browser.driver.findElement(By.id("audit-page-info")).getText().startsWith("Page 2 of "));
        assertTrue("older entries on page 2", Long.parseLong(browser.driver.findElement(test("audit-row")).getAttribute("data-id"))
                < Long.parseLong(newest));
        browser.driver.findElement(By.id("audit-prev")).click();
        browser.await().until(d -> "0".equals(d.findElement(By.id("audit-table")).getAttribute("data-page"))
                && "true".equals(d.findElement(By.id("audit-table")).getAttribute("data-loaded")));
        browser.select(By.id("audit-size"), "50");
        browser.select(By.id("audit-outcome"), "DENIED");
        awaitAuditLoaded("", "DENIED");
        List<WebElement> rows = browser.driver.findElements(test("audit-row"));
        assertTrue("only DENIED entries: " + outcomes(rows), rows.stream().allMatch(r -> "DENIED".equals(r.getAttribute("data-outcome"))));
        WebElement denied = refusalOfAcmeAdminInGlobex(rows, since);
        assertEquals("acme", denied.findElement(test("audit-actor-tenant")).getText());
        assertEquals("org.read", denied.findElement(test("audit-action")).getText());
        assertEquals("globex", denied.findElement(test("audit-target")).getText());
        assertEquals("DENIED", denied.findElement(test("audit-outcome")).getText());
        assertTrue(denied.findElement(test("audit-detail")).getText(), denied.findElement(test("audit-detail")).getText().contains("cross-tenant"));
        assertFalse("the origin is recorded", denied.findElement(test("audit-origin")).getText().isBlank());
        assertTrue(browser.driver.findElement(By.id("audit-page-info")).getText().contains("entr"));

        // ... and by tenant too.
        browser.type(By.id("audit-tenant"), "globex");
        browser.driver.findElement(By.id("audit-apply")).click();
        awaitAuditLoaded("globex", "DENIED");
        rows = browser.driver.findElements(test("audit-row"));
        assertTrue("only globex entries", rows.stream().allMatch(r -> "globex".equals(r.getAttribute("data-tenant"))));
        refusalOfAcmeAdminInGlobex(rows, since);
        assertTrue(browser.driver.getCurrentUrl(), browser.driver.getCurrentUrl().contains("outcome=DENIED"));
        browser.screenshot(buildDir.resolve("console-audit.png"));

        // globex's admin reads globex's log, which holds the attempt on globex.
        browser.login("globex.admin", "globex-demo-1");
        browser.visible(By.id("nav-audit")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("audit-page"), "data-scope", "globex"));
        assertTrue("no tenant filter for a tenant admin", browser.driver.findElements(By.id("audit-tenant")).isEmpty());
        browser.awaitLoaded("audit-table");
        browser.select(By.id("audit-outcome"), "DENIED");
        awaitAuditLoaded("globex", "DENIED");
        refusalOfAcmeAdminInGlobex(browser.driver.findElements(test("audit-row")), since);
        assertFalse(browser.displayed(By.id("audit-error")).isPresent());
        browser.screenshot(buildDir.resolve("console-audit-tenant.png"));
    }

    @Test
    public void tenantAdminSeesOnlyOwnTenantAndIsRefusedAnotherTenantsOrg() {
        browser.login(ACME_ADMIN, ACME_ADMIN_PASSWORD);
        browser.await().until(ExpectedConditions.attributeToBe(By.id("org-page"), "data-owner", "acme"));
        browser.awaitLoaded("org-tree");
        assertEquals("TENANT_ADMIN", browser.driver.findElement(By.id("current-role")).getText());
        assertTrue(browser.driver.findElement(By.id("current-tenant")).getText().contains("acme"));
        assertTrue("no tenants link", browser.driver.findElements(By.id("nav-tenants")).isEmpty());
        assertTrue("no organisation picker", browser.driver.findElements(By.id("owner-select")).isEmpty());

        browser.driver.get(browser.consoleUrl() + "#/org/globex");
        WebElement refusal = browser.visible(By.id("org-error"));
        assertFalse(refusal.getText().isBlank());
        assertTrue("no globex units shown", browser.driver.findElements(test("org-unit")).isEmpty());
        assertTrue("no globex users shown", browser.driver.findElements(test("user-row")).isEmpty());

        browser.driver.get(browser.consoleUrl() + "#/tenants");
        WebElement tenantsRefusal = browser.visible(By.id("tenants-error"));
        assertFalse(tenantsRefusal.getText().isBlank());
        assertTrue("no tenants listed", browser.driver.findElements(test("tenant-row")).isEmpty());
        assertTrue("still signed in as " + ACME_ADMIN, browser.displayed(By.id("app-header")).isPresent());
    }

    /** Onboards a tenant through the form on the tenants page and waits until it is ACTIVE; answers its row. */
    private static By onboardThroughTheForm(String slug, String name, String zone, String locale, String currency, String mode) {
        browser.type(By.id("tenant-slug"), slug);
        browser.type(By.id("tenant-name"), name);
        browser.type(By.id("tenant-timezone"), zone);
        browser.type(By.id("tenant-locale"), locale);
        browser.type(By.id("tenant-currency"), currency);
        browser.select(By.id("tenant-mode"), mode);
        browser.driver.findElement(By.id("tenant-create")).click();

        By tenantRow = row("tenant-row", "data-slug", slug);
        browser.awaitFormResult("tenant-form-error", PROVISIONING,
                ExpectedConditions.attributeToBe(tenantRow, "data-status", "ACTIVE"));
        return tenantRow;
    }

    /** Suspends an active tenant through the dialog and waits until its row says SUSPENDED. */
    private static void suspendThroughTheDialog(By tenantRow, String reason) {
        browser.driver.findElement(tenantRow).findElement(test("tenant-suspend")).click();
        browser.visible(By.id("suspend-dialog"));
        browser.type(By.id("suspend-reason"), reason);
        browser.driver.findElement(By.id("suspend-confirm")).click();
        browser.awaitFormResult("suspend-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(tenantRow, "data-status", "SUSPENDED"));
        assertFalse(browser.displayed(By.id("suspend-dialog")).isPresent());
    }

    /** Opens the offboard dialog of a tenant, types {@code typed} as the slug, confirms, and answers the refusal shown. */
    private static WebElement offboardThroughTheDialog(By tenantRow, String typed) {
        browser.driver.findElement(tenantRow).findElement(test("tenant-offboard")).click();
        browser.visible(By.id("offboard-dialog"));
        assertFalse("no refusal before confirming", browser.displayed(By.id("offboard-error")).isPresent());
        browser.type(By.id("offboard-confirm-slug"), typed);
        browser.driver.findElement(By.id("offboard-confirm")).click();
        WebElement refusal = browser.visible(By.id("offboard-error"));
        assertTrue("the refusal is shown in the dialog", browser.displayed(By.id("offboard-dialog")).isPresent());
        return refusal;
    }

    private static String problemField(WebElement problem) {
        return problem.findElement(By.cssSelector("[data-test='problem-field'] code")).getText();
    }

    /** Waits until the audit table shows the answer for these filters. */
    private static void awaitAuditLoaded(String tenant, String outcome) {
        browser.awaitFormResult("audit-error", ConsoleBrowser.WAIT, d -> {
            WebElement table = d.findElement(By.id("audit-table"));
            return "true".equals(table.getAttribute("data-loaded")) && tenant.equals(table.getAttribute("data-tenant"))
                    && outcome.equals(table.getAttribute("data-outcome"));
        });
    }

    /** The audit row of acme.admin being refused globex's organisation at or after {@code since}. */
    private static WebElement refusalOfAcmeAdminInGlobex(List<WebElement> rows, Instant since) {
        return rows.stream()
                .filter(r -> ACME_ADMIN.equals(r.getAttribute("data-actor")) && "globex".equals(r.getAttribute("data-tenant"))
                        && "DENIED".equals(r.getAttribute("data-outcome")))
                .filter(r -> !Instant.parse(r.findElement(test("audit-at")).getAttribute("datetime")).isBefore(since))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no DENIED entry of " + ACME_ADMIN + " on globex since " + since
                        + " among " + rows.size() + " rows: " + outcomes(rows)));
    }

    private static String outcomes(List<WebElement> rows) {
        return rows.stream().map(r -> r.getAttribute("data-actor") + "/" + r.getAttribute("data-tenant") + "/"
                + r.getAttribute("data-action") + "/" + r.getAttribute("data-outcome")).collect(Collectors.joining(", "));
    }
}
