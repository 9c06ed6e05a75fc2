package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.DialTarget;
import io.bpohub.api.routing.Handler;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.contactimport.ContactImportEngine;
import io.bpohub.contactimport.DoNotCallRegistryImpl;
import io.bpohub.core.dialing.CampaignCalls;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.ImportStart;
import io.bpohub.platform.services.JobView;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.UploadView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A campaign as its dialer sees it, on real MariaDB: which contacts are offered when (cadence, the contact's
 * calling hours, do-not-call lists and the no-redial rule checked at dial time), and what each ended call writes
 * (one CDR per call id, the workflow moved on by the dialer's own results, agent state history).
 */
public class CampaignCallsDatabaseTest {
    private static final String PREFIX = "bput_dial_";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Tuesday 2026-03-03 10:00 in Shanghai: inside the campaigns' 09:00–20:00 window. */
    private static final Instant TUESDAY_10 = Instant.parse("2026-03-03T02:00:00Z");
    /** How often the dialer's view reads the campaign again when it has nothing queued. */
    private static final Duration REFILL = Duration.ofSeconds(5);
    private static Platform platform;
    private static Caller operator;

    @BeforeClass
    public static void setUp() throws Exception {
        TestDatabase.dropAll(PREFIX);
        ContactImportEngine engine = new ContactImportEngine();
        DoNotCallRegistryImpl registry = new DoNotCallRegistryImpl();
        platform = new Platform(TestDatabase.settings(PREFIX), Plugins.none().withContactImport(() -> engine, () -> registry));
        operator = platform.auth().operator("test");
        platform.tenants().create(operator, new NewTenant("dial", "Dial", "Asia/Shanghai", "zh-CN", "CNY", OperatingMode.HYBRID));
    }

    @AfterClass
    public static void tearDown() throws Exception {
        if (platform != null) platform.close();
        TestDatabase.dropAll(PREFIX);
    }

    /** A new campaign with the given numbers imported (in file order), and its dialer's view of it. */
    private static CampaignCalls campaign(String key, String... numbers) throws Exception {
        platform.campaigns().create(operator, "dial", key, new CampaignSpec(key, CampaignKind.OUTBOUND_SALES, null, LocalDate.of(2026, 1, 1),
                null, List.of(new DialingWindow(LocalTime.of(9, 0), LocalTime.of(20, 0))), List.of(), null, null, null, null));
        StringBuilder csv = new StringBuilder("name,phone\n");
        for (int i = 0; i < numbers.length; i++) csv.append("Contact ").append(i).append(',').append(numbers[i]).append('\n');
        UploadView up = platform.imports().upload(operator, "dial", key + ".csv", new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)));
        JobView job = platform.imports().start(operator, "dial", key, new ImportStart(up.id(), null, null, new ColumnMapping(true, List.of(
                ColumnMapping.Column.header("name", ContactField.NAME), ColumnMapping.Column.header("phone", ContactField.PHONE))), null, null, false));
        for (int i = 0; i < 300 && "RUNNING".equals(platform.jobs().get(operator, job.id()).state()); i++) Thread.sleep(100);
        assertEquals("SUCCEEDED", platform.jobs().get(operator, job.id()).state());
        return new CampaignCalls(platform.direct(), "dial", SHANGHAI, key, "simulator", platform.doNotCall()::blocked, Duration.ofHours(72),
                agent -> new io.bpohub.core.dialing.AgentPlace(agent.startsWith("agency.") ? Handler.AGENCY : Handler.IN_HOUSE, null, null));
    }

    private static Map<String, Object> contact(String number) throws SQLException {
        return row("SELECT id, attempts, unanswered_attempts, next_attempt_at, stop_reason, stage, last_result FROM contact WHERE phone_e164 = '"
                + number + "' ORDER BY id DESC LIMIT 1");
    }

    private static Map<String, Object> row(String sql) throws SQLException {
        try (Connection c = platform.direct().tenant("dial"); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Map<String, Object> out = new HashMap<>();
            if (!rs.next()) return null;
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                // timestamps are read as the platform writes them (java.sql.Timestamp in the JVM's zone)
                Object value = rs.getMetaData().getColumnType(i) == java.sql.Types.TIMESTAMP ? rs.getTimestamp(i) : rs.getObject(i);
                out.put(rs.getMetaData().getColumnLabel(i), value instanceof java.sql.Timestamp t ? t.toInstant() : value);
            }
            return out;
        }
    }

    private static CallRecord record(DialTarget t, String callId, CallOutcome outcome, Instant at, String agent, long talkSeconds) {
        Instant answered = outcome.isLiveAnswer() || outcome == CallOutcome.ANSWERING_MACHINE ? at.plusSeconds(10) : null;
        Instant connected = outcome == CallOutcome.CONNECTED ? answered.plusSeconds(1) : null;
        Instant abandoned = outcome == CallOutcome.ABANDONED ? answered.plusSeconds(2) : null;
        Instant ended = connected != null ? connected.plusSeconds(talkSeconds) : at.plusSeconds(25);
        return new CallRecord(callId, "c", DialMode.PREDICTIVE, t.contactId(), t.number(), outcome == CallOutcome.CONNECTED ? agent : null, at,
                at.plusMillis(200), answered, connected, abandoned, ended, outcome, answered == null ? null : CallParty.CUSTOMER);
    }

    @Test
    public void dueContactsAreOfferedOnceEachAndOnlyInsideTheirCallingHours() throws Exception {
        CampaignCalls calls = campaign("hours", "13800000001", "13800000002");
        assertNull("22:00 in Shanghai is outside the window", calls.next(TUESDAY_10.plus(Duration.ofHours(12))));
        DialTarget first = calls.next(TUESDAY_10.plus(Duration.ofHours(12)).plus(REFILL));
        assertNull("still outside", first);
        Instant inside = TUESDAY_10.plus(Duration.ofDays(1));
        DialTarget a = calls.next(inside);
        DialTarget b = calls.next(inside);
        assertNotNull(a);
        assertNotNull(b);
        assertEquals("+8613800000001", a.number());
        assertEquals("+8613800000002", b.number());
        assertNull("both are in flight: nothing is offered twice", calls.next(inside.plus(REFILL)));
    }

    @Test
    public void aPausedCampaignOffersNoNumberUntilItIsResumed() throws Exception {
        CampaignCalls calls = campaign("paused", "13800000051");
        platform.campaigns().pause(operator, "dial", "paused");
        assertNull(calls.next(TUESDAY_10));
        platform.campaigns().resume(operator, "dial", "paused");
        assertEquals("+8613800000051", calls.next(TUESDAY_10.plus(REFILL)).number());
    }

    @Test
    public void aNumberPutOnADoNotCallListAfterTheImportIsNotCalledAndTheContactStops() throws Exception {
        CampaignCalls calls = campaign("dnc", "13800000011", "13800000012");
        platform.doNotCall().add(operator, "dial", "13800000011", "asked by letter");
        DialTarget offered = calls.next(TUESDAY_10);
        assertEquals("+8613800000012", offered.number());
        assertEquals("DO_NOT_CALL", contact("+8613800000011").get("stop_reason"));
    }

    @Test
    public void eachEndedCallIsStoredOnceAndTheDialersResultsMoveTheWorkflow() throws Exception {
        CampaignCalls calls = campaign("results", "13800000021", "13800000022", "13800000023");
        DialTarget noAnswer = calls.next(TUESDAY_10);
        DialTarget invalid = calls.next(TUESDAY_10);
        DialTarget talked = calls.next(TUESDAY_10);
        CallRecord missed = record(noAnswer, "sim-r1", CallOutcome.NO_ANSWER, TUESDAY_10, null, 0);
        calls.ended(missed);
        calls.ended(missed); // delivered twice: stored and applied once
        calls.completed(missed);
        calls.ended(record(invalid, "sim-r2", CallOutcome.INVALID_NUMBER, TUESDAY_10, null, 0));
        calls.onCallEvent(new CallEvent("sim-r3", CallEventType.RECORDING_STARTED, TUESDAY_10.plusSeconds(11), null, null, null, null,
                "sim-r3.wav", "dial/results#3"));
        calls.ended(record(talked, "sim-r3", CallOutcome.CONNECTED, TUESDAY_10, "agency.ana", 90));

        assertEquals(1L, ((Number) row("SELECT COUNT(*) n FROM cdr WHERE call_id = 'sim-r1'").get("n")).longValue());
        Map<String, Object> a = contact("+8613800000021");
        assertEquals(1, ((Number) a.get("attempts")).intValue());
        assertEquals(1, ((Number) a.get("unanswered_attempts")).intValue());
        assertEquals("NO_ANSWER", a.get("last_result"));
        assertEquals("redial after the campaign's no-answer delay (2 h)", TUESDAY_10.plus(Duration.ofHours(2)),
                a.get("next_attempt_at"));
        assertEquals("WRONG_NUMBER", contact("+8613800000022").get("stop_reason"));
        Map<String, Object> cdr = row("SELECT talk_seconds, handler, agent_username, result, hung_up_by, recording_ref FROM cdr WHERE call_id = 'sim-r3'");
        assertEquals("the call's recording is on its record", "sim-r3.wav", cdr.get("recording_ref"));
        assertEquals(90, ((Number) cdr.get("talk_seconds")).intValue());
        assertEquals("AGENCY", cdr.get("handler"));
        assertEquals("CONNECTED", cdr.get("result"));
        assertEquals("a connected call waits for the agent's disposition", 0, ((Number) contact("+8613800000023").get("attempts")).intValue());
    }

    @Test
    public void aNumberWhoseCallWasAbandonedIsNotDialledAgainFor72Hours() throws Exception {
        CampaignCalls calls = campaign("abandon", "13800000031");
        DialTarget t = calls.next(TUESDAY_10);
        CallRecord dropped = record(t, "sim-a1", CallOutcome.ABANDONED, TUESDAY_10, null, 0);
        calls.ended(dropped);
        calls.completed(dropped);
        Instant next = (Instant) contact("+8613800000031").get("next_attempt_at");
        assertTrue("next attempt " + next + " is 72 h after the abandon", !next.isBefore(dropped.abandonedAt().plus(Duration.ofHours(72))));

        // the same number in another campaign: the CDR of the abandoned call holds it back too
        CampaignCalls other = campaign("abandon2", "13800000031");
        assertNull(other.next(TUESDAY_10.plus(Duration.ofHours(1))));
        Instant held = (Instant) contact("+8613800000031").get("next_attempt_at");
        assertTrue(held.toString(), !held.isBefore(dropped.abandonedAt().plus(Duration.ofHours(72))));
    }

    @Test
    public void agentStateChangesAreStoredAndAnAgentTakesThePoolContactPutThrough() throws Exception {
        CampaignCalls calls = campaign("agents", "13800000041");
        DialTarget t = calls.next(TUESDAY_10);
        calls.changed(new AgentStateChange("ana", AgentState.READY, AgentState.ON_CALL, TUESDAY_10, null, t.contactId(), "sim-g1"));
        assertEquals("the contact is now the agent's to follow up", "ana",
                row("SELECT agent_username FROM contact WHERE id = " + t.contactId()).get("agent_username"));
        calls.changed(new AgentStateChange("ben", AgentState.READY, AgentState.ON_CALL, TUESDAY_10, null, t.contactId(), "sim-g2"));
        assertEquals("a contact someone has is not taken from them", "ana",
                row("SELECT agent_username FROM contact WHERE id = " + t.contactId()).get("agent_username"));
        List<AgentStateChange> changes = new ArrayList<>(List.of(
                new AgentStateChange("ana", AgentState.LOGGED_OUT, AgentState.READY, TUESDAY_10, null, null, null),
                new AgentStateChange("ana", AgentState.READY, AgentState.PAUSED, TUESDAY_10.plusSeconds(60), "coaching", null, null)));
        changes.forEach(calls::changed);
        Map<String, Object> last = row("SELECT to_state, pause_reason FROM agent_state_event WHERE campaign_key = 'agents' ORDER BY id DESC LIMIT 1");
        assertEquals("PAUSED", last.get("to_state"));
        assertEquals("coaching", last.get("pause_reason"));
    }
}
