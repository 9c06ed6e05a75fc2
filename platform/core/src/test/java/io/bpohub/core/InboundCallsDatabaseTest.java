package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.CallQuery;
import io.bpohub.platform.services.CallView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.QueueToday;
import io.bpohub.platform.services.Role;
import io.bpohub.telephony.sim.DigitChooser;
import io.bpohub.telephony.sim.Distribution;
import io.bpohub.telephony.sim.Scenario;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Inbound calls end to end on the real-time simulated network, the real dialer's queue and the tenant's database:
 * the IVR menu, the queue handing calls only to agents with its skill, the agent id at pickup, the survey after the
 * agent hangs up, voicemail after overflow once the plan is changed, callbacks booked for callers who accept the
 * queue's offer, one CDR per call; another tenant sees none of it.
 */
public class InboundCallsDatabaseTest {
    private static final String PREFIX = "bput_inb_";
    private static final String PW = SimulatedCallCenter.PASSWORD;
    private static final String NUMBER = "+18005550100";
    private static final String PLAN = """
            {"start": "hours",
             "queues": {"care": {"campaign": "care", "skills": ["care"], "announceEverySeconds": 5}},
             "nodes": {"hours": {"type": "hours", "open": "welcome", "closed": "voicemail"},
                       "welcome": {"type": "menu", "prompt": "welcome", "choices": {"1": "care"}, "timeoutSeconds": 3, "otherwise": "voicemail"},
                       "care": {"type": "queue", "queue": "care"},
                       "voicemail": {"type": "voicemail", "prompt": "leave-a-message", "maxSeconds": 5}},
             "survey": {"prompt": "survey", "scale": 5, "thanks": "survey-thanks"},
             "announceAgent": true}
            """;
    private static SimulatedCallCenter center;
    private static Platform platform;
    private static Caller operator;

    @BeforeClass
    public static void start() throws Exception {
        // a caller every 2 s on average who presses 1 at the menu and 4 in the survey; the agent always hangs up first
        center = new SimulatedCallCenter(PREFIX, Scenario.builder().inboundPerHour(1800).inboundNumber(NUMBER)
                .queuePatience(Distribution.constant(Duration.ofSeconds(60))).talkTime(Distribution.constant(Duration.ofSeconds(2)))
                .agentEndsShare(1).defaultMessageLength(Duration.ofMillis(300)).digits(DigitChooser.scripted("1", "4")).build(), 7, "inb-");
        platform = center.platform;
        operator = platform.auth().operator("test");
        for (String slug : List.of("inb", "inbx")) {
            platform.tenants().create(operator, new NewTenant(slug, slug, "UTC", "en-US", "USD", OperatingMode.IN_HOUSE));
            platform.org().createUser(operator, slug, new NewUser(slug + ".admin", "Admin", PW, Role.TENANT_ADMIN, null));
        }
        long care = platform.org().createUnit(operator, "inb", new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Care", null)).id();
        long team = platform.org().createUnit(operator, "inb", new NewOrgUnit(OrgUnitKind.TEAM, "Line", care)).id();
        platform.org().createUser(operator, "inb", new NewUser("inb.skilled", "Skilled", PW, Role.AGENT, team));
        platform.org().createUser(operator, "inb", new NewUser("inb.unskilled", "Unskilled", PW, Role.AGENT, team));
        platform.campaigns().create(operator, "inb", "care", new CampaignSpec("Care line", CampaignKind.INBOUND_SERVICE, null,
                LocalDate.of(2026, 1, 1), null, null, List.of(), null, null, null, null));
        // the outbound campaign that calls back the callers who ask for it, at any hour
        platform.campaigns().create(operator, "inb", "care-back", new CampaignSpec("Care callbacks", CampaignKind.OUTBOUND_SURVEY, null,
                LocalDate.of(2026, 1, 1), null, List.of(new DialingWindow(LocalTime.MIN, LocalTime.MAX)), List.of(), null, null, null, null));
        platform.dialing().resumeRunning(); // answers the gateway's inbound calls from now on
    }

    @AfterClass
    public static void close() throws Exception {
        if (center != null) center.close();
    }

    @Test
    public void callersGoThroughTheMenuToTheSkilledAgentThenTheSurveyAndAfterThePlanChangesToVoicemail() throws Exception {
        Caller admin = center.login("inb.admin");
        PlatformException refused = Refusals.invalid(() -> platform.inbound().savePlan(admin, "inb", PLAN.replace("\"1\": \"care\"", "\"1\": \"sales\"")));
        assertEquals("nodes.welcome.choices.1", refused.field());
        assertEquals("a refused plan stores nothing", 0, platform.inbound().plan(admin, "inb").revision());
        assertEquals(1, platform.inbound().savePlan(admin, "inb", PLAN).revision());
        Refusals.outOfReach(() -> platform.inbound().assignNumber(admin, "inb", NUMBER)); // numbers are the agency's to give
        platform.inbound().assignNumber(operator, "inb", NUMBER);
        Refusals.conflict(() -> platform.inbound().assignNumber(operator, "inbx", NUMBER));
        platform.inbound().setSkills(admin, "inb", "inb.skilled", Set.of("care", "spanish"));

        platform.dialing().start(admin, "inb", "care", DialMode.INBOUND);
        platform.dialing().join(center.login("inb.unskilled"), "inb", "care");
        Caller skilled = center.login("inb.skilled");
        platform.dialing().join(skilled, "inb", "care");
        // the agent at the desk: done with each call's wrap-up at once, until the lunch break below
        java.util.concurrent.atomic.AtomicBoolean working = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread desk = new Thread(() -> {
            while (working.get()) {
                try {
                    if (platform.dialing().desk(skilled, "inb").state() == io.bpohub.api.dialer.AgentState.WRAP_UP) platform.dialing().ready(skilled, "inb");
                    Thread.sleep(100);
                } catch (PlatformException e) {
                    // the call's wrap-up ended on its own meanwhile
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        desk.start();

        List<CallView> connected = await(admin, "CONNECTED", 3, c -> c.surveyScore() != null);
        for (CallView call : connected) {
            assertEquals("only the agent with the queue's skill takes its calls", "inb.skilled", call.agent());
            assertEquals("INBOUND", call.mode());
            assertEquals("care", call.queue());
            assertEquals("care", call.campaign());
            assertEquals("IN_HOUSE", call.handler());
            assertEquals("hours>open>welcome>1>care", call.ivrPath());
            assertEquals(Integer.valueOf(4), call.surveyScore());
            assertEquals("after the survey's thanks the platform hangs up", "PLATFORM", call.hungUpBy());
            assertTrue("talked about 2 s: " + call.talkSeconds(), call.talkSeconds() >= 2 && call.talkSeconds() <= 4);
            assertNotNull("the conversation was recorded", call.recording());
            assertNotNull(call.queuedAt());
            assertFalse(call.connectedAt().isBefore(call.queuedAt()));
        }
        List<QueueToday> queues = platform.inbound().queues(admin, "inb");
        assertEquals(1, queues.size());
        QueueToday care = queues.get(0);
        assertEquals(List.of("care", "care", 20), List.of(care.queue(), care.campaign(), care.serviceLevelSeconds()));
        assertTrue("the day's calls in the queue are counted: " + care, care.offered() >= 3 && care.answered() >= 3);
        assertEquals(care.offered(), care.answered() + care.abandoned() + care.callbacks() + care.overflowed());
        assertTrue(care.toString(), care.answeredWithinTarget() <= care.answered() && care.averageAnswerSeconds() != null);
        assertEquals(java.math.BigDecimal.valueOf(care.answeredWithinTarget()).divide(java.math.BigDecimal.valueOf(care.offered()), 4,
                java.math.RoundingMode.HALF_UP), care.serviceLevel());
        Refusals.outOfReach(() -> platform.inbound().queues(center.login("inbx.admin"), "inb"));
        assertTrue("the agent's states are stored", platform.direct().in("inb", c -> {
            try (var st = c.prepareStatement("SELECT COUNT(*) FROM agent_state_event WHERE agent_username = 'inb.skilled' AND to_state = 'ON_CALL' "
                    + "AND call_id IS NOT NULL"); var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }) >= 3);

        // the plan changes without code: the queue now overflows after 1 s to voicemail, and the skilled agent pauses
        platform.inbound().savePlan(admin, "inb", PLAN.replace("\"announceEverySeconds\": 5}", "\"announceEverySeconds\": 5, "
                + "\"overflowAfterSeconds\": 1, \"overflow\": \"voicemail\"}"));
        working.set(false);
        desk.join();
        pauseBetweenCalls(skilled);
        List<CallView> voicemails = await(admin, "VOICEMAIL", 2, c -> c.recording() != null);
        for (CallView vm : voicemails) {
            assertEquals("hours>open>welcome>1>care>overflow>voicemail", vm.ivrPath());
            assertEquals(null, vm.agent());
            assertTrue("the voicemail ends at its 5 s limit or when the caller goes", vm.endedAt() != null);
        }
        assertEquals("every call has one record", 0, (int) platform.direct().in("inb", c -> {
            try (var st = c.prepareStatement("SELECT COUNT(*) FROM (SELECT call_id FROM cdr GROUP BY call_id HAVING COUNT(*) > 1) d");
                 var rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }));

        // the plan changes again: no overflow, and after 5 s in the queue a callback is offered; callers press 4 (the
        // plan's key for it) at the second prompt, the agent is still at lunch
        platform.inbound().savePlan(admin, "inb", PLAN.replace("\"announceEverySeconds\": 5}", "\"announceEverySeconds\": 5, "
                + "\"callback\": {\"offerAfterSeconds\": 5, \"prompt\": \"callback-offer\", \"key\": \"4\", \"campaign\": \"care-back\", "
                + "\"confirm\": \"callback-booked\"}}"));
        List<CallView> callbacks = await(admin, "CALLBACK", 2, c -> c.ivrPath().endsWith(">care>callback"));
        for (CallView cb : callbacks) {
            assertNotNull("the record names the contact who will be called back", cb.contactId());
            assertEquals(null, cb.agent());
            assertEquals("after the confirmation the platform hangs up", "PLATFORM", cb.hungUpBy());
            assertTrue("waited about 5 s for the offer: " + cb, cb.endedAt().isAfter(cb.queuedAt().plusSeconds(5)));
            List<Object> contact = platform.direct().in("inb", c -> {
                try (var st = c.prepareStatement("SELECT campaign_key, phone_e164, stop_reason, next_attempt_at, "
                        + "(SELECT note FROM contact_workflow_event e WHERE e.contact_id = contact.id AND e.kind = 'CALLBACK' AND e.call_ref = ?) "
                        + "FROM contact WHERE id = ?")) {
                    st.setString(1, cb.callId());
                    st.setLong(2, cb.contactId());
                    try (var rs = st.executeQuery()) {
                        assertTrue(rs.next());
                        return java.util.Arrays.asList(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4), rs.getString(5));
                    }
                }
            });
            assertEquals(List.of("care-back", cb.number()), contact.subList(0, 2));
            assertEquals("the callback campaign may dial the caller", null, contact.get(2));
            assertFalse("due by the time the call ended (the campaign dials at any hour)", ((java.sql.Timestamp) contact.get(3)).toInstant().isAfter(cb.endedAt()));
            assertTrue("the contact's history says why: " + contact.get(4), ((String) contact.get(4)).matches("asked to be called back after waiting \\d+ s in queue care"));
        }
        QueueToday withCallbacks = platform.inbound().queues(admin, "inb").get(0);
        assertTrue(withCallbacks.toString(), withCallbacks.callbacks() >= 2);
        assertEquals(withCallbacks.offered(), withCallbacks.answered() + withCallbacks.abandoned() + withCallbacks.callbacks() + withCallbacks.overflowed());

        Caller other = center.login("inbx.admin");
        assertEquals("the other tenant has no calls", List.of(), platform.exports().findCalls(other, "inbx", CallQuery.ALL, 100));
        assertEquals("nor its plan", 0, platform.inbound().plan(other, "inbx").revision());
        Refusals.outOfReach(() -> platform.exports().findCalls(other, "inb", CallQuery.ALL, 100));
        Refusals.outOfReach(() -> platform.inbound().live(other, "inb"));
        Refusals.outOfReach(() -> platform.inbound().savePlan(other, "inb", PLAN));
        platform.dialing().stop(admin, "inb", "care");
    }

    /** An agent on a call cannot pause: the agent tries again until the call is over. */
    private static void pauseBetweenCalls(Caller agent) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (true) {
            try {
                platform.dialing().pause(agent, "inb", "lunch");
                return;
            } catch (PlatformException e) {
                if (System.currentTimeMillis() > deadline) throw e;
                Thread.sleep(100);
            }
        }
    }

    /** Waits up to 40 s for {@code count} calls with the result that match. */
    private static List<CallView> await(Caller caller, String result, int count, Predicate<CallView> matching) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 40_000;
        List<CallView> found = List.of();
        while (System.currentTimeMillis() < deadline) {
            found = platform.exports().findCalls(caller, "inb", new CallQuery(null, null, null, null, result, null, null, null, null, null), 100)
                    .stream().filter(matching).toList();
            if (found.size() >= count) return found;
            Thread.sleep(250);
        }
        fail("only " + found.size() + " " + result + " calls after 40 s: " + platform.exports().findCalls(caller, "inb", CallQuery.ALL, 100));
        return found;
    }
}
