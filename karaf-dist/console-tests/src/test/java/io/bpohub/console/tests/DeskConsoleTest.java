package io.bpohub.console.tests;

import static io.bpohub.console.tests.ConsoleBrowser.row;
import static io.bpohub.console.tests.ConsoleBrowser.test;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The agent desk and the dialing board on the real-time simulated network: a supervisor starts a campaign from the
 * board, an agent joins it at the desk as a remote agent (at her own phone), a call comes with the contact on screen, the agent presses a disposition
 * key in wrap-up and goes ready again; the board shows the agent and the campaign's abandon figures. A tenant of
 * its own, set up through the REST API with contacts imported into the campaign.
 */
public class DeskConsoleTest extends ConsoleTestSupport {
    private static final String TENANT = "desk" + RUN;
    private static final String PASSWORD = "Desk-pass-" + RUN + "-9x";
    private static final String SUPERVISOR = "desk.sup" + RUN;
    private static final String AGENT = "desk.ana" + RUN;
    private static final String TENANT_ADMIN = "desk.admin" + RUN;
    private static final String REMOTE = "+447700900123";

    private static ConsoleRest rest;

    @BeforeClass
    public static void setUpTenantTeamAgentCampaignAndContacts() {
        rest = ConsoleRest.forConsole(browser.consoleUrl());
        String admin = rest.login(ADMIN, ADMIN_PASSWORD);
        onboardTenant(rest, admin, TENANT, "UTC", "en-GB", "GBP", "IN_HOUSE");
        long dept = id(rest.post("/orgs/" + TENANT + "/units", "{\"kind\":\"DEPARTMENT\",\"name\":\"Sales\"}", admin).expect(201).json());
        long team = id(rest.post("/orgs/" + TENANT + "/units", "{\"kind\":\"TEAM\",\"name\":\"North\",\"parentId\":" + dept + "}", admin)
                .expect(201).json());
        rest.post("/orgs/" + TENANT + "/users", "{\"username\":" + ConsoleRest.quote(SUPERVISOR) + ",\"displayName\":\"Sue\",\"password\":"
                + ConsoleRest.quote(PASSWORD) + ",\"role\":\"SUPERVISOR\",\"unitId\":" + dept + "}", admin).expect(201);
        rest.post("/orgs/" + TENANT + "/users", "{\"username\":" + ConsoleRest.quote(AGENT) + ",\"displayName\":\"Ana\",\"password\":"
                + ConsoleRest.quote(PASSWORD) + ",\"role\":\"AGENT\",\"unitId\":" + team + "}", admin).expect(201);
        rest.post("/orgs/" + TENANT + "/users", "{\"username\":" + ConsoleRest.quote(TENANT_ADMIN) + ",\"displayName\":\"Tia\",\"password\":"
                + ConsoleRest.quote(PASSWORD) + ",\"role\":\"TENANT_ADMIN\"}", admin).expect(201);
        rest.post("/tenants/" + TENANT + "/campaigns/summer", "{\"name\":\"Summer\",\"kind\":\"OUTBOUND_SALES\",\"startDate\":\"2026-01-01\","
                + "\"windows\":[{\"start\":\"00:00\",\"end\":\"23:59\"}],\"teamIds\":[" + team + "]}", admin).expect(201);
        rest.post("/tenants/" + TENANT + "/campaigns/spring", "{\"name\":\"Spring\",\"kind\":\"OUTBOUND_SALES\",\"startDate\":\"2026-01-01\","
                + "\"windows\":[{\"start\":\"00:00\",\"end\":\"23:59\"}],\"teamIds\":[" + team + "]}", admin).expect(201);
        String csv = "name,phone\nAlice Smith,07400 125001\nBob Jones,07400 125002\nCarol King,07400 125003\n";
        String upload = String.valueOf(rest.upload("/tenants/" + TENANT + "/imports/uploads?fileName=leads.csv",
                csv.getBytes(StandardCharsets.UTF_8), admin).expect(201).json().get("id"));
        String job = String.valueOf(rest.post("/tenants/" + TENANT + "/imports?campaign=spring", "{\"uploadId\":\"" + upload + "\",\"mapping\":"
                + "{\"headerRow\":true,\"columns\":[{\"header\":\"name\",\"field\":\"NAME\"},{\"header\":\"phone\",\"field\":\"PHONE\"}]}}", admin)
                .expect(202).json().get("id"));
        Instant deadline = Instant.now().plusSeconds(60);
        while (!"SUCCEEDED".equals(rest.get("/jobs/" + job, admin).expect(200).json().get("state"))) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("the import of the desk test's contacts did not finish");
            sleep(250);
        }
    }

    private static long id(Map<String, Object> json) {
        return ((Number) json.get("id")).longValue();
    }

    @Test
    public void anAgentTakesACallAtTheDeskWithTheContactOnScreenAndTheSupervisorSeesItOnTheBoard() {
        browser.login(SUPERVISOR, PASSWORD);
        browser.visible(By.id("nav-board")).click();
        browser.awaitLoaded("board");
        browser.select(By.cssSelector("[data-test=board-campaign]"), "spring");
        browser.select(By.cssSelector("[data-test=board-mode]"), "PROGRESSIVE");
        browser.visible(test("board-start")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(row("board-campaign-row", "data-key", "spring")));
        assertEquals("PROGRESSIVE", browser.visible(row("board-campaign-row", "data-key", "spring")).getAttribute("data-mode"));

        browser.login(AGENT, PASSWORD);
        browser.visible(By.id("nav-desk")).click();
        browser.select(By.cssSelector("[data-test=desk-campaign]"), "spring");
        browser.type(test("desk-remote-phone"), REMOTE); // Ana works from home: calls go to her own phone
        browser.visible(test("desk-join")).click();
        assertEquals(REMOTE, browser.visible(test("desk-remote")).getText());
        // the simulated customer answers within seconds: the call is put through with the contact on screen
        browser.await().withTimeout(Duration.ofSeconds(60)).until(d -> {
            String contact = d.findElement(By.id("desk-screen")).getAttribute("data-contact");
            return contact != null && !contact.isEmpty();
        });
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(test("disposition")));
        String shown = browser.visible(By.id("desk-contact")).getText();
        assertTrue(shown, shown.contains("Alice Smith") || shown.contains("Bob Jones") || shown.contains("Carol King"));
        assertTrue("the campaign has no script, and the desk says so", browser.visible(By.id("desk-script")).getText().contains("no script"));

        // the customer hangs up after a few seconds: wrap-up, the contact still on screen for the disposition key
        browser.await().withTimeout(Duration.ofSeconds(60))
                .until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-state", "WRAP_UP"));
        browser.driver.findElement(row("disposition", "data-key", "2")).click();
        browser.await().until(d -> d.findElements(test("history-row")).size() == 1);
        browser.visible(test("desk-ready")).click();
        browser.await().withTimeout(Duration.ofSeconds(30)).until(d -> {
            String state = d.findElement(By.id("desk-status")).getAttribute("data-state");
            return "READY".equals(state) || "ON_CALL".equals(state);
        });

        browser.login(SUPERVISOR, PASSWORD);
        browser.visible(By.id("nav-board")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(row("board-agent", "data-agent", AGENT)));
        assertTrue(browser.visible(row("board-agent", "data-agent", AGENT)).getText().contains("remote " + REMOTE));
        assertTrue(browser.visible(row("board-campaign-row", "data-key", "spring")).findElement(test("board-abandon")).getText()
                .startsWith("Abandoned 24 h: 0 of "));
        browser.visible(row("board-agent", "data-agent", AGENT)).findElement(test("board-force-logout")).click();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(row("board-agent", "data-agent", AGENT)));
        browser.visible(test("board-stop")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(test("board-empty")));
    }

    @Test
    public void theTenantAdminSetsStricterAbandonRulesAndAPredictiveCampaignStartsUnderThemWithItsStrategy() {
        browser.login(SUPERVISOR, PASSWORD);
        browser.visible(By.id("nav-board")).click();
        browser.awaitLoaded("board");
        assertTrue(browser.visible(test("board-policy-source")).getText().startsWith("The platform's defaults"));
        browser.visible(test("board-policy-save")).click();
        browser.visible(By.id("board-policy-error")); // only tenant admins and the agency set the rules

        browser.login(TENANT_ADMIN, PASSWORD);
        browser.visible(By.id("nav-board")).click();
        browser.awaitLoaded("board");
        browser.setValue(test("board-policy-abandonLimit"), "0.05");
        browser.visible(test("board-policy-save")).click();
        assertEquals("abandonLimit", browser.visible(By.cssSelector("#board-policy-error [data-test=problem-field] code")).getText());
        browser.setValue(test("board-policy-abandonLimit"), "0.02");
        browser.visible(test("board-policy-save")).click();
        browser.await().until(d -> d.findElement(test("board-policy-source")).getText().startsWith("Set by " + TENANT_ADMIN));

        browser.select(By.cssSelector("[data-test=board-campaign]"), "summer");
        browser.select(By.cssSelector("[data-test=board-mode]"), "PREDICTIVE");
        By tapered = By.cssSelector("[data-test=board-strategy] option[value=vicidial-adapt-tapered]");
        browser.await().until(d -> !d.findElements(tapered).isEmpty()); // the deployed strategies, from the server
        browser.select(By.cssSelector("[data-test=board-strategy]"), "vicidial-adapt-tapered");
        browser.visible(test("board-start")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(row("board-campaign-row", "data-key", "summer")));
        WebElement summer = browser.visible(row("board-campaign-row", "data-key", "summer"));
        assertTrue(summer.getText(), summer.getText().contains("summer · PREDICTIVE (vicidial-adapt-tapered)"));
        assertTrue(summer.getText(), summer.findElement(test("board-abandon")).getText().endsWith("limit 2.00 %"));
        summer.findElement(test("board-stop")).click();
        browser.await().until(ExpectedConditions.invisibilityOfElementLocated(row("board-campaign-row", "data-key", "summer")));
    }

    @Test
    public void theServerPushesTheDeskToTheAgentWhenItChangesAndHoldsTheRequestUntilThen() throws Exception {
        String supervisor = rest.login(SUPERVISOR, PASSWORD);
        String agent = rest.login(AGENT, PASSWORD);
        String dialing = "/tenants/" + TENANT + "/dialing";
        rest.post(dialing + "/campaigns/summer/start?mode=PROGRESSIVE", null, supervisor).expect(201); // no contacts: no calls

        browser.login(AGENT, PASSWORD);
        browser.visible(By.id("nav-desk")).click();
        browser.select(By.cssSelector("[data-test=desk-campaign]"), "summer");
        browser.visible(test("desk-join")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-state", "READY"));

        Map<String, Object> desk = rest.get(dialing + "/desk", agent).expect(200).json();
        long version = ((Number) desk.get("version")).longValue();
        assertEquals("after", rest.get(dialing + "/desk/next", agent).expect(400).json().get("field"));
        java.util.concurrent.CompletableFuture<ConsoleRest.Reply> next = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> rest.get(dialing + "/desk/next?after=" + version, agent));
        sleep(2_000);
        assertTrue("nothing changed: the server holds the request", !next.isDone());

        // the supervisor pauses the agent: the waiting request answers with the new desk, and the agent's screen shows it
        rest.post(dialing + "/agents/" + AGENT, "{\"action\":\"PAUSED\",\"reason\":\"Meeting\"}", supervisor).expect(200);
        Map<String, Object> pushed = next.get(10, java.util.concurrent.TimeUnit.SECONDS).expect(200).json();
        assertEquals(java.util.List.of("PAUSED", "Meeting"), java.util.List.of(pushed.get("state"), pushed.get("pauseReason")));
        assertTrue(pushed.toString(), ((Number) pushed.get("version")).longValue() > version);
        browser.await().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-state", "PAUSED"));
        assertTrue(browser.visible(test("desk-status")).getText().contains("(Meeting)"));
        // a request for a version the desk has moved on from answers at once
        assertEquals("PAUSED", rest.get(dialing + "/desk/next?after=" + version, agent).expect(200).json().get("state"));

        rest.post(dialing + "/desk/leave", null, agent).expect(200);
        browser.await().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-state", "LOGGED_OUT"));
        rest.post(dialing + "/campaigns/summer/stop", null, supervisor).expect(204);
    }
}
