package io.bpohub.console.tests;

import static io.bpohub.console.tests.ConsoleBrowser.row;
import static io.bpohub.console.tests.ConsoleBrowser.test;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Inbound calls in the console on the real-time simulated network: a supervisor's plan with a mistake is refused
 * naming the field, the corrected plan is saved, the agent gets the queue's skill, the supervisor starts the queue's
 * campaign in mode INBOUND, the agent takes a simulated caller at the desk, holds and resumes the call, records the
 * unknown caller as a contact (whose card then pops), transfers the call to an outside number, and the call's record is found on the Inbound page with its queue, agent and transfer target. The simulator's one inbound number moves from the demo's acme to this
 * test's tenant (an agency operation, through REST).
 */
public class InboundConsoleTest extends ConsoleTestSupport {
    private static final String TENANT = "inb" + RUN;
    private static final String PASSWORD = "Inb-pass-" + RUN + "-9x";
    private static final String SUPERVISOR = "inb.sup" + RUN;
    private static final String AGENT = "inb.ana" + RUN;
    private static final String NUMBER = "+18005550100";
    private static final String OUTSIDE = "+442071838750";
    private static final String PLAN = "{\"start\": \"welcome\", \"queues\": {\"care\": {\"campaign\": \"care\", \"skills\": [\"care\"], "
            + "\"announceEverySeconds\": 10, \"callback\": {\"offerAfterSeconds\": 600, \"prompt\": \"callback-offer\", "
            + "\"campaign\": \"care-back\"}}}, \"nodes\": {\"welcome\": {\"type\": \"menu\", \"prompt\": \"welcome\", "
            + "\"choices\": {\"1\": \"care\"}, \"timeoutSeconds\": 2, \"retries\": 0, \"otherwise\": \"care\"}, "
            + "\"care\": {\"type\": \"queue\", \"queue\": \"care\"}}, \"announceAgent\": true}";

    private static ConsoleRest rest;

    @BeforeClass
    public static void setUpTenantSupervisorAgentCampaignAndNumber() {
        rest = ConsoleRest.forConsole(browser.consoleUrl());
        String admin = rest.login(ADMIN, ADMIN_PASSWORD);
        onboardTenant(rest, admin, TENANT, "UTC", "en-GB", "GBP", "IN_HOUSE");
        long dept = ((Number) rest.post("/orgs/" + TENANT + "/units", "{\"kind\":\"DEPARTMENT\",\"name\":\"Care\"}", admin).expect(201).json()
                .get("id")).longValue();
        long team = ((Number) rest.post("/orgs/" + TENANT + "/units", "{\"kind\":\"TEAM\",\"name\":\"Line\",\"parentId\":" + dept + "}", admin)
                .expect(201).json().get("id")).longValue();
        rest.post("/orgs/" + TENANT + "/users", "{\"username\":" + ConsoleRest.quote(SUPERVISOR) + ",\"displayName\":\"Sam\",\"password\":"
                + ConsoleRest.quote(PASSWORD) + ",\"role\":\"SUPERVISOR\",\"unitId\":" + dept + "}", admin).expect(201);
        rest.post("/orgs/" + TENANT + "/users", "{\"username\":" + ConsoleRest.quote(AGENT) + ",\"displayName\":\"Ana\",\"password\":"
                + ConsoleRest.quote(PASSWORD) + ",\"role\":\"AGENT\",\"unitId\":" + team + "}", admin).expect(201);
        rest.post("/tenants/" + TENANT + "/campaigns/care", "{\"name\":\"Care line\",\"kind\":\"INBOUND_SERVICE\",\"startDate\":\"2026-01-01\","
                + "\"windows\":[{\"start\":\"00:00\",\"end\":\"23:59\"}],\"teamIds\":[" + team + "]}", admin).expect(201);
        int released = rest.send("DELETE", "/tenants/acme/inbound/numbers/" + NUMBER, null, admin).status();
        assertTrue("the demo's number is released (or was never seeded): " + released, released == 204 || released == 404);
        rest.put("/tenants/" + TENANT + "/inbound/numbers/" + NUMBER, null, admin).expect(200);
    }

    @Test
    public void aSupervisorSavesThePlanAndAnAgentTakesHoldsAndTransfersAnInboundCallerFoundAfterwardsWithItsQueue() {
        browser.login(SUPERVISOR, PASSWORD);
        browser.visible(By.id("nav-inbound")).click();
        browser.awaitLoaded("inbound-live");
        browser.setValue(test("inbound-plan"), PLAN.replace("\"1\": \"care\"", "\"1\": \"sales\""));
        browser.visible(test("inbound-plan-save")).click();
        assertEquals("nodes.welcome.choices.1", browser.visible(By.cssSelector("#inbound-plan-error [data-test=problem-field] code")).getText());
        browser.setValue(test("inbound-plan"), PLAN);
        browser.visible(test("inbound-plan-save")).click();
        assertEquals("Saved as revision 1.", browser.visible(test("inbound-plan-saved")).getText());
        // the plan is drawn as the caller's path: the menu, its key 1 to the queue with its campaign and skills
        WebElement welcome = browser.visible(row("inbound-flow-node", "data-node", "welcome"));
        assertTrue(welcome.getText(), welcome.getText().startsWith("start → welcome: menu, plays welcome"));
        assertTrue(welcome.getText(), welcome.getText().contains("key 1 → care: queue care (campaign care, skills care)"));
        assertEquals("after 600 s → offers a callback (callback-offer, key 1): campaign care-back calls back",
                browser.visible(test("inbound-flow-callback")).getText());
        // the plan is edited without JSON: a goodbye node is added, then the menu gets key 2 to it; saved as revision 2
        browser.type(test("editor-new-name"), "goodbye");
        browser.select(By.cssSelector("[data-test=editor-new-type]"), "hangup");
        browser.visible(test("editor-add")).click();
        assertEquals("goodbye (hangup)", browser.visible(By.cssSelector("[data-test=editor-node] legend")).getText());
        assertTrue(browser.visible(test("inbound-flow-unreached")).getText().contains("goodbye"));
        browser.visible(By.cssSelector("[data-test=inbound-flow-edit][data-node=welcome]")).click();
        browser.visible(test("editor-choice-add")).click();
        List<WebElement> choices = browser.driver.findElements(test("editor-choice"));
        assertEquals(2, choices.size());
        assertEquals("2", new Select(choices.get(1).findElement(test("editor-choice-key"))).getFirstSelectedOption().getText());
        new Select(choices.get(1).findElement(test("editor-choice-target"))).selectByValue("goodbye");
        browser.visible(test("editor-apply")).click();
        browser.await().until(d -> d.findElement(row("inbound-flow-node", "data-node", "welcome")).getText().contains("key 2 → goodbye: hangs up after goodbye"));
        assertTrue(browser.driver.findElements(test("inbound-flow-unreached")).isEmpty());
        assertTrue(browser.visible(test("inbound-plan")).getAttribute("value").contains("\"2\": \"goodbye\""));
        // and the queue: its form shows the callback offer; its priority goes to 7
        browser.select(By.cssSelector("[data-test=editor-queue-pick]"), "care");
        browser.visible(test("editor-queue-open")).click();
        assertEquals("care", browser.visible(test("editor-queue-campaign")).getAttribute("value"));
        assertTrue(browser.visible(test("editor-queue-callback")).isSelected());
        assertEquals("600", browser.visible(test("editor-callback-after")).getAttribute("value"));
        browser.setValue(test("editor-queue-priority"), "7");
        browser.visible(test("editor-apply")).click();
        browser.await().until(d -> d.findElement(row("inbound-flow-node", "data-node", "care")).getText().contains("priority 7"));
        browser.visible(test("inbound-plan-save")).click();
        browser.await().until(d -> d.findElement(test("inbound-plan-saved")).getText().equals("Saved as revision 2."));
        assertTrue(browser.visible(test("inbound-numbers")).getText().contains(NUMBER));

        browser.type(test("inbound-skills-agent"), AGENT);
        browser.type(test("inbound-skills-list"), "care, french");
        browser.visible(test("inbound-skills-save")).click();
        assertTrue(browser.visible(test("inbound-skills-saved")).getText().startsWith(AGENT + ": care, french"));

        browser.visible(By.id("nav-board")).click();
        browser.awaitLoaded("board");
        browser.select(By.cssSelector("[data-test=board-campaign]"), "care");
        browser.select(By.cssSelector("[data-test=board-mode]"), "INBOUND");
        browser.visible(test("board-start")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(row("board-campaign-row", "data-key", "care")));

        browser.login(AGENT, PASSWORD);
        browser.visible(By.id("nav-desk")).click();
        browser.select(By.cssSelector("[data-test=desk-campaign]"), "care");
        browser.visible(test("desk-join")).click();
        // a caller every few seconds goes through the menu into the queue and is put through to the agent
        browser.await(Duration.ofSeconds(90)).until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-state", "ON_CALL"));
        // the agent puts the caller on hold, takes them back, holds again and passes them to an outside number (the
        // caller's talk time stands still on hold, so the call does not end under the test), then wraps up
        browser.visible(test("desk-hold")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-hold", "true"));
        browser.visible(test("desk-on-hold"));
        browser.visible(test("desk-resume")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-hold", "false"));
        browser.visible(test("desk-hold")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-hold", "true"));
        // the simulated caller's number matches no contact: the agent records them, and the screen pops their card
        assertTrue(browser.visible(test("desk-unknown-caller")).getText().contains("Unknown caller +"));
        browser.type(test("desk-caller-name"), "Grace Hopper");
        browser.visible(test("desk-caller-save")).click();
        browser.await().until(d -> !d.findElement(By.id("desk-screen")).getAttribute("data-contact").isEmpty());
        browser.await().until(d -> d.findElement(By.id("desk-contact")).getText().contains("Grace Hopper"));
        browser.type(test("desk-call-target"), "12345");
        browser.visible(test("desk-transfer")).click();
        assertEquals("target", browser.visible(By.cssSelector("#desk-error [data-test=problem-field] code")).getText());
        // an attended transfer: the agent talks to the outside number first, goes back to the caller, then consults
        // again and completes the transfer
        browser.setValue(test("desk-call-target"), OUTSIDE);
        browser.visible(test("desk-consult")).click();
        assertEquals("Talking to " + OUTSIDE + " while the caller holds", browser.visible(test("desk-consulting")).getText());
        browser.visible(test("desk-back-to-caller")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-hold", "false"));
        browser.await().until(d -> d.findElements(test("desk-consulting")).isEmpty());
        browser.setValue(test("desk-call-target"), OUTSIDE);
        browser.visible(test("desk-consult")).click();
        browser.visible(test("desk-complete-transfer")).click();
        browser.await().until(ExpectedConditions.attributeToBe(By.id("desk-status"), "data-state", "WRAP_UP"));
        browser.visible(test("desk-leave")).click();

        browser.login(SUPERVISOR, PASSWORD);
        browser.visible(By.id("nav-inbound")).click();
        browser.awaitLoaded("inbound-live");
        browser.select(By.cssSelector("[data-test=inbound-search-result]"), "CONNECTED");
        browser.await(Duration.ofSeconds(30)).until(d -> {
            d.findElement(test("inbound-search")).click();
            return !d.findElements(row("inbound-call", "data-result", "CONNECTED")).isEmpty();
        });
        WebElement call = browser.visible(row("inbound-call", "data-result", "CONNECTED"));
        assertTrue(call.getText(), call.getText().contains(AGENT) && call.getText().contains("INBOUND") && call.getText().contains("care"));
        assertEquals(OUTSIDE, call.findElement(test("inbound-call-transferred")).getText());
        // the queue's day counts the call: offered, answered, and the service level against its 20 s target
        browser.await(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("[data-test=inbound-queue][data-queue=care]"
                + ":not([data-offered='0'])")).isEmpty());
        assertTrue(browser.visible(row("inbound-queue", "data-queue", "care")).findElement(test("inbound-queue-service-level")).getText()
                .endsWith(" in 20 s"));
        assertEquals("the caller was put through before the callback offer", "0",
                browser.visible(row("inbound-queue", "data-queue", "care")).findElement(test("inbound-queue-callbacks")).getText());
        browser.visible(By.id("nav-board")).click();
        browser.visible(test("board-stop")).click();
        browser.await().until(ExpectedConditions.visibilityOfElementLocated(test("board-empty")));
    }
}
