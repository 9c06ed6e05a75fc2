package io.bpohub.console.tests;

import static io.bpohub.console.tests.ConsoleBrowser.row;
import static io.bpohub.console.tests.ConsoleBrowser.test;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.bpohub.testing.TestDatabases;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Campaigns, the agent's contact card, the due-callbacks panel, scripts and bulletins on a tenant set up for this
 * run through the REST API: a department with teams A and B, a tenant admin, a team lead and an agent in team A,
 * an agent in team B, the campaign "spring" (default windows, dispositions and cadence of decision 0013) with
 * contacts assigned to A's agent, and the script "pitch" with v1 LIVE (2 calls, 1 success, 100 s + 50 s talk:
 * 50.00 %, 75.0 s) and v2 on trial (2 of 4 calls, both successes, 120 s + 80 s: 100.00 %, 100.0 s).
 * <p>
 * Contacts reach a campaign through the contact import (another bundle); here they are created through the REST
 * API and given the campaign key and a time zone in the tenant database, as the import leaves them.
 */
public class CampaignConsoleTest extends ConsoleTestSupport {
    private static final String TENANT = "camp" + RUN;
    private static final String PASSWORD = "Camp-pass-" + RUN + "-9x";
    private static final String TENANT_ADMIN = "camp.admin" + RUN;
    private static final String LEAD_A = "camp.lead" + RUN;
    private static final String AGENT_A = "camp.a1" + RUN;
    private static final String AGENT_B = "camp.b1" + RUN;
    private static final String CAMPAIGN = "spring";
    private static final String SCRIPT = "pitch";

    private static ConsoleRest rest;
    private static long teamA;
    private static long teamB;
    private static long cardContact;
    private static long callbackContact;

    @BeforeClass
    public static void setUpTenantTeamsCampaignContactsAndScript() throws SQLException {
        rest = ConsoleRest.forConsole(browser.consoleUrl());
        String admin = rest.login(ADMIN, ADMIN_PASSWORD);
        try {
            onboardTenant(rest, admin, TENANT, "UTC", "en-US", "CNY", "IN_HOUSE");
            long sales = unit(admin, "DEPARTMENT", "Sales", null);
            teamA = unit(admin, "TEAM", "Team A", sales);
            teamB = unit(admin, "TEAM", "Team B", sales);
            user(admin, TENANT_ADMIN, "TENANT_ADMIN", null);
            user(admin, LEAD_A, "TEAM_LEAD", teamA);
            user(admin, AGENT_A, "AGENT", teamA);
            user(admin, AGENT_B, "AGENT", teamB);

            rest.post("/tenants/" + TENANT + "/campaigns/" + CAMPAIGN, "{\"name\":\"Spring sale\",\"kind\":\"OUTBOUND_SALES\","
                    + "\"offer\":{\"product\":\"Water filter\",\"pricePoints\":[199,299],\"currency\":\"CNY\",\"customerGets\":\"A filter a year\"},"
                    + "\"startDate\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(1) + "\",\"teamIds\":[" + teamA + "," + teamB + "]}", admin)
                    .expect(201);
            cardContact = contact(admin, "Li Wei " + RUN, "+8613800138111", sales, teamA, AGENT_A);
            callbackContact = contact(admin, "Wang Fang " + RUN, "+8613800138222", sales, teamA, AGENT_A);

            // The script: v1 tried and LIVE, v2 on trial.
            rest.post("/tenants/" + TENANT + "/scripts", "{\"key\":\"" + SCRIPT + "\",\"name\":\"Filter pitch\"}", admin).expect(201);
            draft(admin, "Hello, this is the water filter service.");
            rest.post(version(1) + "/trial", "{\"testers\":[\"" + AGENT_A + "\",\"" + LEAD_A + "\"],\"targetCalls\":2}", admin).expect(200);
            scriptCall(admin, 1, 100, true, "v1-1");
            scriptCall(admin, 1, 50, false, "v1-2");
            rest.post(version(1) + "/rollout", "{\"force\":false}", admin).expect(200);
            draft(admin, "Good morning! Clean water for your family.");
            rest.post(version(2) + "/trial", "{\"testers\":[\"" + AGENT_A + "\"],\"targetCalls\":4}", admin).expect(200);
            scriptCall(admin, 2, 120, true, "v2-1");
            scriptCall(admin, 2, 80, true, "v2-2");
        } finally {
            rest.logout(admin);
        }
    }

    @Test
    public void tenantAdminCreatesACampaignInTheFormAndSeesItListed() {
        browser.login(TENANT_ADMIN, PASSWORD);
        browser.visible(By.id("nav-campaigns")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("campaigns-page"), "data-tenant", TENANT));
        browser.awaitLoaded("campaigns-table");
        assertEquals("ACTIVE", browser.visible(row("campaign-row", "data-key", CAMPAIGN)).getAttribute("data-state"));

        browser.type(By.id("campaign-key"), "autumn");
        browser.type(By.id("campaign-name"), "Autumn survey " + RUN);
        browser.select(By.id("campaign-kind"), "OUTBOUND_SURVEY");
        browser.type(By.id("campaign-product"), "Satisfaction survey");
        browser.type(By.id("campaign-prices"), "0");
        browser.type(By.id("campaign-currency"), "cny");
        LocalDate start = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        browser.setValue(By.id("campaign-start"), start.toString());
        browser.setValue(By.id("campaign-end"), start.plusMonths(1).toString());
        browser.setValue(By.id("campaign-window-0-start"), "10:00");
        browser.setValue(By.id("campaign-window-0-end"), "12:30");
        browser.setValue(By.id("campaign-window-1-start"), "15:00");
        browser.setValue(By.id("campaign-window-1-end"), "17:00");
        browser.visible(row("campaign-team", "data-team", "Team B")).click();
        browser.driver.findElement(By.id("disposition-add")).click();
        browser.driver.findElement(By.id("disposition-add")).click();
        List<WebElement> dispositions = browser.driver.findElements(test("disposition-row"));
        assertEquals(2, dispositions.size());
        dispositions.get(0).findElement(test("disposition-key")).sendKeys("1");
        dispositions.get(0).findElement(test("disposition-label")).sendKeys("Answered the survey");
        new org.openqa.selenium.support.ui.Select(dispositions.get(0).findElement(test("disposition-class"))).selectByValue("INTERESTED");
        dispositions.get(1).findElement(test("disposition-key")).sendKeys("8");
        dispositions.get(1).findElement(test("disposition-label")).sendKeys("No answer");
        new org.openqa.selenium.support.ui.Select(dispositions.get(1).findElement(test("disposition-result"))).selectByValue("NO_ANSWER");
        browser.type(By.id("campaign-cadence-noAnswerRedialMinutes"), "60");
        browser.type(By.id("campaign-script"), SCRIPT);
        browser.select(By.id("campaign-mode"), "HYBRID");
        browser.driver.findElement(By.id("campaign-save")).click();

        browser.awaitFormResult("campaign-form-error", ConsoleBrowser.WAIT,
                ExpectedConditions.attributeToBe(By.id("campaign-form-message"), "data-key", "autumn"));
        browser.awaitLoaded("campaigns-table");
        WebElement listed = browser.visible(row("campaign-row", "data-key", "autumn"));
        assertEquals("ACTIVE", listed.getAttribute("data-state"));
        assertEquals("OUTBOUND_SURVEY", listed.findElement(test("campaign-kind")).getAttribute("data-value"));
        assertEquals("10:00–12:30, 15:00–17:00", listed.findElement(test("campaign-windows")).getText());
        assertTrue(listed.getText(), listed.findElement(test("campaign-mode")).getText().startsWith("Hybrid"));
        assertTrue(listed.getText(), listed.findElement(test("campaign-teams")).getText().contains("Team B"));
        assertEquals(SCRIPT, listed.findElement(test("campaign-script")).getText());
        browser.screenshot(buildDir.resolve("console-campaigns.png"));

        // What the server stored is what the form said.
        String token = rest.login(TENANT_ADMIN, PASSWORD);
        try {
            Map<String, Object> stored = rest.get("/tenants/" + TENANT + "/campaigns/autumn", token).expect(200).json();
            assertEquals(start.toString(), stored.get("startDate"));
            assertEquals(List.of(teamB), ((List<?>) stored.get("teamIds")).stream().map(n -> ((Number) n).longValue()).collect(Collectors.toList()));
            List<?> keys = ((List<?>) stored.get("dispositions")).stream().map(d -> ((Map<?, ?>) d).get("key")).collect(Collectors.toList());
            assertEquals(List.of("1", "8"), keys);
            Map<?, ?> cadence = (Map<?, ?>) stored.get("cadence");
            assertEquals(60, ((Number) cadence.get("noAnswerRedialMinutes")).intValue());
            assertEquals("the defaults fill the fields left empty", 2, ((Number) cadence.get("interestedDays")).intValue());
            assertEquals("CNY", ((Map<?, ?>) stored.get("offer")).get("currency"));
            assertEquals(Boolean.TRUE, stored.get("modeOverridden"));
        } finally {
            rest.logout(token);
        }

        // Pause and resume from the list.
        listed.findElement(test("campaign-pause")).click();
        browser.await().until(d -> "PAUSED".equals(d.findElement(row("campaign-row", "data-key", "autumn")).getAttribute("data-state")));
        browser.driver.findElement(row("campaign-row", "data-key", "autumn")).findElement(test("campaign-resume")).click();
        browser.await().until(d -> "ACTIVE".equals(d.findElement(row("campaign-row", "data-key", "autumn")).getAttribute("data-state")));
    }

    @Test
    public void agentPressesADispositionKeyOnTheContactCardAndSeesTheNewStateAndHistory() {
        browser.login(AGENT_A, PASSWORD);
        browser.visible(By.id("nav-contacts")).click();
        browser.awaitLoaded("contacts-table");
        browser.visible(row("contact-row", "data-id", String.valueOf(cardContact))).findElement(test("contact-open")).click();
        awaitCard(cardContact);
        assertEquals("SCREENING", stateValue("contact-stage"));
        assertEquals("", stateValue("contact-class"));
        assertTrue("no history yet", browser.displayed(test("history-empty")).isPresent());
        assertEquals("the campaign's twelve default keys", 12, browser.driver.findElements(test("disposition")).size());

        // Key 2 on the keyboard: interested, follow-up, next call two days later (moved into a dialing window).
        Instant pressed = Instant.now();
        browser.driver.executeScript("document.activeElement && document.activeElement.blur();");
        new Actions(browser.driver).sendKeys("2").perform();
        browser.awaitFormResult("disposition-error", ConsoleBrowser.WAIT, d -> "INTERESTED".equals(stateValue("contact-class")));
        assertEquals("FOLLOW_UP", stateValue("contact-stage"));
        Instant next = Instant.parse(stateValue("contact-next"));
        assertTrue("next attempt " + next + " at least two days after " + pressed, !next.isBefore(pressed.plus(2, ChronoUnit.DAYS).minusSeconds(5)));
        assertTrue("next attempt " + next + " within three days", next.isBefore(Instant.now().plus(3, ChronoUnit.DAYS)));
        List<WebElement> history = browser.driver.findElements(test("history-row"));
        assertEquals(1, history.size());
        assertEquals("2", history.get(0).getAttribute("data-key"));
        assertEquals("Screening → Follow-up", history.get(0).findElement(test("history-stage")).getText());
        assertEquals("— → Interested", history.get(0).findElement(test("history-class")).getText());
        assertEquals(next, Instant.parse(history.get(0).findElement(test("history-next-time")).getAttribute("datetime")));

        // Key 9 by click: busy, redial 15 minutes later (or the next window), class unchanged, a second history row.
        browser.driver.findElement(row("disposition", "data-key", "9")).click();
        browser.await().until(d -> d.findElements(test("history-row")).size() == 2);
        assertEquals("INTERESTED", stateValue("contact-class"));
        assertEquals("9", browser.driver.findElements(test("history-row")).get(0).getAttribute("data-key"));
        assertTrue(browser.driver.findElement(test("contact-attempts")).getText().startsWith("2 (1 unanswered"));
        browser.screenshot(buildDir.resolve("console-contact-card.png"));
    }

    @Test
    public void anAgentOfAnotherTeamIsRefusedTheContactCard() {
        browser.login(AGENT_B, PASSWORD);
        browser.driver.get(browser.consoleUrl() + "#/contact/" + TENANT + "/" + cardContact);
        browser.await().until(ExpectedConditions.attributeToBe(By.id("contact-page"), "data-loaded", "error"));
        WebElement problem = browser.visible(By.id("contact-error"));
        assertTrue(problem.getText(), problem.findElement(test("problem-title")).getText().startsWith("403"));
        assertFalse("nothing of the contact is shown", browser.driver.findElement(By.id("contact-content")).isDisplayed());
        assertTrue("the card holds no name", browser.driver.findElements(test("contact-phone")).isEmpty());
    }

    @Test
    public void aBookedCallbackPopsUpInThePanelWhenDueAndIsTaken() {
        Instant due = Instant.now().plusSeconds(25).truncatedTo(ChronoUnit.SECONDS);
        String token = rest.login(AGENT_A, PASSWORD);
        long callback;
        try {
            callback = ((Number) rest.post("/tenants/" + TENANT + "/workflow/contacts/" + callbackContact + "/callbacks",
                    "{\"dueAt\":\"" + due + "\",\"note\":\"Call back about the filter " + RUN + "\"}", token).expect(201).json().get("id")).longValue();
        } finally {
            rest.logout(token);
        }
        browser.login(AGENT_A, PASSWORD);
        browser.visible(By.id("nav-bulletins")).click();
        WebElement panel = browser.visible(By.id("callback-panel"));
        browser.await().until(d -> panel.getAttribute("data-polled") != null);
        if (Instant.now().isBefore(due.minusSeconds(2))) {
            assertTrue("not popped up before it is due", browser.driver.findElements(row("callback-popup", "data-id", String.valueOf(callback))).isEmpty());
        }

        // The panel polls every 15 s: the callback pops up at most one poll after its time.
        WebElement popup = browser.await(Duration.ofSeconds(75)).until(ExpectedConditions.visibilityOfElementLocated(
                row("callback-popup", "data-id", String.valueOf(callback))));
        Instant seen = Instant.now();
        assertFalse("popped up at " + seen + ", due " + due, seen.isBefore(due));
        assertTrue(popup.getText(), popup.getText().contains("Wang Fang " + RUN));
        assertEquals("DUE", popup.getAttribute("data-state"));
        browser.screenshot(buildDir.resolve("console-callback-due.png"));

        // Its link opens the contact card; Take takes it.
        popup.findElement(test("callback-open")).click();
        awaitCard(callbackContact);
        browser.driver.findElement(row("callback-popup", "data-id", String.valueOf(callback))).findElement(test("callback-take")).click();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(row("callback-popup", "data-id", String.valueOf(callback))));
        browser.await().until(d -> d.findElements(row("due-callback", "data-id", String.valueOf(callback))).stream()
                .allMatch(e -> "TAKEN".equals(e.getAttribute("data-state"))));
        token = rest.login(AGENT_A, PASSWORD);
        try {
            Map<String, Object> taken = rest.get("/tenants/" + TENANT + "/workflow/contacts/" + callbackContact + "/callbacks", token).expect(200)
                    .list().stream().filter(b -> ((Number) b.get("id")).longValue() == callback).findFirst().orElseThrow();
            assertEquals("TAKEN", taken.get("state"));
            assertEquals(AGENT_A, taken.get("takenBy"));
        } finally {
            rest.logout(token);
        }
    }

    @Test
    public void scriptsPageShowsTrialResultsBesideLiveAndRollsOut() {
        browser.login(TENANT_ADMIN, PASSWORD);
        browser.visible(By.id("nav-scripts")).click();
        browser.awaitLoaded("scripts-table");
        WebElement script = browser.visible(row("script-row", "data-key", SCRIPT));
        assertEquals("v1", script.findElement(test("script-live")).getText());
        assertEquals("v2", script.findElement(test("script-trials")).getText());
        script.findElement(test("script-open")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("script-card"), "data-loaded", "true"));

        List<WebElement> results = browser.driver.findElements(test("result-row"));
        assertEquals(List.of("LIVE", "TRIAL"), results.stream().map(r -> r.getAttribute("data-state")).collect(Collectors.toList()));
        assertResult(results.get(0), "1", "2", "1", "50.00", "75.0");
        assertResult(results.get(1), "2", "2", "2", "100.00", "100.0");
        assertEquals("50.00 %", results.get(0).findElement(test("result-success")).getText());
        assertEquals("100.0 s", results.get(1).findElement(test("result-talk")).getText());
        assertEquals("2 of 4", results.get(1).findElement(test("result-target")).getText());
        assertEquals("(+50.00 vs LIVE)", results.get(1).findElement(test("result-vs-live")).getText());
        browser.screenshot(buildDir.resolve("console-scripts.png"));

        // Rolling out before the target needs a reason.
        results.get(1).findElement(test("result-rollout")).click();
        browser.visible(By.id("rollout-dialog"));
        assertTrue(browser.driver.findElement(By.id("rollout-explanation")).getText().contains("2 of 4 calls"));
        browser.driver.findElement(By.id("rollout-confirm")).click();
        WebElement refused = browser.visible(By.id("rollout-error"));
        assertTrue(refused.getText(), refused.findElement(test("problem-title")).getText().startsWith("400")
                || refused.findElement(test("problem-title")).getText().startsWith("409"));
        browser.type(By.id("rollout-reason"), "Client wants the new opening now");
        browser.driver.findElement(By.id("rollout-confirm")).click();
        browser.awaitFormResult("rollout-error", ConsoleBrowser.WAIT, ExpectedConditions.visibilityOfElementLocated(By.id("script-message")));
        browser.await().until(d -> "LIVE".equals(d.findElement(row("result-row", "data-version", "2")).getAttribute("data-state")));
        assertEquals("RETIRED", browser.driver.findElement(row("version-row", "data-version", "1")).getAttribute("data-state"));

        // A new draft put on trial from the page.
        browser.type(By.id("draft-opening"), "Hi! Three questions about your water.");
        browser.type(By.id("draft-interaction"), "O: Too expensive => It costs less than bottled water");
        browser.driver.findElement(By.id("draft-save")).click();
        WebElement noClose = browser.visible(By.id("draft-error"));
        assertEquals("a script needs its close", "close", noClose.findElement(test("problem-field")).getText().replace("Field: ", ""));
        assertEquals("true", browser.driver.findElement(By.id("draft-close")).getAttribute("aria-invalid"));
        browser.type(By.id("draft-close"), "Thank you, goodbye!");
        browser.driver.findElement(By.id("draft-save")).click();
        browser.awaitFormResult("draft-error", ConsoleBrowser.WAIT, d -> !d.findElements(row("version-row", "data-state", "DRAFT")).isEmpty());
        browser.visible(By.id("draft-message"));
        browser.awaitLoaded("script-card");
        WebElement draft = browser.driver.findElement(row("version-row", "data-state", "DRAFT"));
        assertEquals("3", draft.getAttribute("data-version"));
        draft.findElement(test("version-trial")).click();
        browser.type(By.id("trial-testers"), AGENT_A + ", " + LEAD_A);
        browser.type(By.id("trial-target"), "10");
        browser.driver.findElement(By.id("trial-start")).click();
        browser.awaitFormResult("trial-error", ConsoleBrowser.WAIT,
                d -> "TRIAL".equals(d.findElement(row("version-row", "data-version", "3")).getAttribute("data-state")));
        String started = browser.visible(By.id("script-message")).getText();
        assertTrue(started, started.startsWith("v3 is on trial with 2 testers for 10 calls."));
        assertTrue("a two-tester plan is outside the field's practice: " + started, started.contains("Note: "));
        assertEquals("0 of 10", browser.driver.findElement(row("result-row", "data-version", "3")).findElement(test("result-target")).getText());
    }

    @Test
    public void teamLeadPostsABulletinThatTheirAgentReadsAndAnotherTeamDoesNotSee() {
        String title = "Filter stock " + RUN;
        browser.login(LEAD_A, PASSWORD);
        browser.visible(By.id("nav-bulletins")).click();
        browser.awaitLoaded("bulletins-list");
        browser.type(By.id("bulletin-title"), title);
        browser.type(By.id("bulletin-body"), "New stock arrives on Monday.");
        browser.select(By.id("bulletin-unit"), String.valueOf(teamA));
        browser.driver.findElement(By.id("bulletin-post")).click();
        browser.awaitFormResult("bulletin-form-error", ConsoleBrowser.WAIT, ExpectedConditions.visibilityOfElementLocated(By.id("bulletin-form-message")));
        browser.await().until(d -> d.findElements(test("bulletin-title")).stream().anyMatch(e -> e.getText().contains(title)));

        browser.login(AGENT_A, PASSWORD);
        browser.visible(By.id("nav-bulletins")).click();
        browser.awaitLoaded("bulletins-list");
        WebElement bulletin = bulletinTitled(title);
        assertEquals("false", bulletin.getAttribute("data-read"));
        assertNull("agents post nothing", browser.displayed(By.id("bulletin-form")).orElse(null));
        bulletin.findElement(test("bulletin-mark-read")).click();
        browser.await().until(d -> "true".equals(bulletinTitled(title).getAttribute("data-read")));

        browser.login(AGENT_B, PASSWORD);
        browser.visible(By.id("nav-bulletins")).click();
        browser.awaitLoaded("bulletins-list");
        assertTrue("team B does not see team A's bulletin", browser.driver.findElements(test("bulletin-title")).stream()
                .noneMatch(e -> e.getText().contains(title)));
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static WebElement bulletinTitled(String title) {
        return browser.driver.findElements(test("bulletin")).stream()
                .filter(b -> b.findElement(test("bulletin-title")).getText().contains(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no bulletin " + title));
    }

    private static void awaitCard(long contactId) {
        browser.await().until(d -> {
            WebElement page = d.findElement(By.id("contact-page"));
            if ("error".equals(page.getAttribute("data-loaded"))) {
                throw new AssertionError("The card answered with a problem: " + d.findElement(By.id("contact-error")).getText());
            }
            return String.valueOf(contactId).equals(page.getAttribute("data-contact")) && "true".equals(page.getAttribute("data-loaded"));
        });
    }

    private static String stateValue(String test) {
        return browser.driver.findElement(test(test)).getAttribute("data-value");
    }

    private static void assertResult(WebElement row, String version, String calls, String successes, String percent, String talk) {
        assertEquals(version, row.getAttribute("data-version"));
        assertEquals(calls, row.findElement(test("result-calls")).getText());
        assertEquals(successes, row.findElement(test("result-successes")).getText());
        assertEquals(percent, row.findElement(test("result-success")).getAttribute("data-value"));
        assertEquals(talk, row.findElement(test("result-talk")).getAttribute("data-value"));
    }

    private static long unit(String admin, String kind, String name, Long parent) {
        return ((Number) rest.post("/orgs/" + TENANT + "/units", "{\"kind\":\"" + kind + "\",\"name\":\"" + name + "\",\"parentId\":" + parent + "}",
                admin).expect(201).json().get("id")).longValue();
    }

    private static void user(String admin, String username, String role, Long unit) {
        rest.post("/orgs/" + TENANT + "/users", "{\"username\":" + ConsoleRest.quote(username) + ",\"displayName\":" + ConsoleRest.quote(username)
                + ",\"password\":" + ConsoleRest.quote(PASSWORD) + ",\"role\":\"" + role + "\",\"unitId\":" + unit + "}", admin).expect(201);
    }

    /** A contact created through the API, then put into the campaign as the contact import leaves it. */
    private static long contact(String admin, String name, String phone, long department, long team, String agent) throws SQLException {
        long id = ((Number) rest.post("/tenants/" + TENANT + "/contacts", "{\"name\":" + ConsoleRest.quote(name) + ",\"phone\":\"" + phone
                + "\",\"departmentId\":" + department + ",\"teamId\":" + team + ",\"agentUsername\":" + ConsoleRest.quote(agent) + "}", admin)
                .expect(201).json().get("id")).longValue();
        String database = KarafDistribution.DB_PREFIX + "t_" + TENANT;
        try (Connection c = TestDatabases.connect(database, TestDatabases.USER, TestDatabases.PASSWORD);
             PreparedStatement st = c.prepareStatement("UPDATE contact SET campaign_key = ?, phone_e164 = ?, time_zone = 'Asia/Shanghai' WHERE id = ?")) {
            st.setString(1, CAMPAIGN);
            st.setString(2, phone);
            st.setLong(3, id);
            assertEquals(1, st.executeUpdate());
        }
        return id;
    }

    private static void draft(String admin, String opening) {
        rest.put("/tenants/" + TENANT + "/scripts/" + SCRIPT + "/draft", "{\"opening\":" + ConsoleRest.quote(opening)
                + ",\"interaction\":[{\"kind\":\"QUESTION\",\"prompt\":\"How long does a filter last?\",\"answer\":\"A year.\"}],"
                + "\"close\":\"Thank you!\"}", admin).expect(200);
    }

    private static String version(int version) {
        return "/tenants/" + TENANT + "/scripts/" + SCRIPT + "/versions/" + version;
    }

    private static void scriptCall(String admin, int version, long talkSeconds, boolean success, String callRef) {
        rest.post(version(version) + "/calls", "{\"agentUsername\":\"" + AGENT_A + "\",\"talkSeconds\":" + talkSeconds + ",\"success\":" + success
                + ",\"callRef\":\"" + callRef + RUN + "\"}", admin).expect(200);
    }
}
