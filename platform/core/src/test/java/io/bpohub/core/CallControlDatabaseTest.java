package io.bpohub.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.platform.services.AgentDesk;
import io.bpohub.platform.services.CallQuery;
import io.bpohub.platform.services.CallView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.CampaignKind;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.Role;
import io.bpohub.telephony.sim.Distribution;
import io.bpohub.telephony.sim.Scenario;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * An agent holds, conferences and transfers the call they are on from the desk, on the real-time simulated network,
 * the real dialer and the tenant's database: the desk shows the hold, a transfer to an agent who is not ready is
 * refused, the call moves to the colleague with its recording going on, and the call's record carries the first
 * hold, the time on hold, the transfer target and the third party. The caller's number matched no contact, so the
 * agent records the caller as a contact, whose card the desk then shows. The colleague is a remote agent: the call
 * goes to his own phone. Another tenant's user reaches none of it.
 */
public class CallControlDatabaseTest {
    private static final String PREFIX = "bput_ctl_";
    private static final String PW = SimulatedCallCenter.PASSWORD;
    private static final String NUMBER = "+18005550111";
    private static final String OUTSIDE = "+442071838750";
    private static final String REMOTE = "+447700900123";
    private static final String PLAN = """
            {"start": "care",
             "queues": {"care": {"campaign": "care", "skills": ["care"], "announceEverySeconds": 30},
                        "billing": {"campaign": "billing"}},
             "nodes": {"care": {"type": "queue", "queue": "care"}}}
            """;
    private static SimulatedCallCenter center;
    private static Platform platform;

    @BeforeClass
    public static void start() throws Exception {
        // a caller every 3 s on average who talks 6 s (not counting hold) and then hangs up
        center = new SimulatedCallCenter(PREFIX, Scenario.builder().inboundPerHour(1200).inboundNumber(NUMBER)
                .queuePatience(Distribution.constant(Duration.ofSeconds(60))).talkTime(Distribution.constant(Duration.ofSeconds(6)))
                .agentEndsShare(0).defaultMessageLength(Duration.ofMillis(300)).build(), 11, "ctl-");
        platform = center.platform;
        Caller operator = platform.auth().operator("test");
        for (String slug : List.of("ctl", "ctlx")) {
            platform.tenants().create(operator, new NewTenant(slug, slug, "UTC", "en-US", "USD", OperatingMode.IN_HOUSE));
            platform.org().createUser(operator, slug, new NewUser(slug + ".admin", "Admin", PW, Role.TENANT_ADMIN, null));
            long care = platform.org().createUnit(operator, slug, new NewOrgUnit(OrgUnitKind.DEPARTMENT, "Care", null)).id();
            long team = platform.org().createUnit(operator, slug, new NewOrgUnit(OrgUnitKind.TEAM, "Line", care)).id();
            platform.org().createUser(operator, slug, new NewUser(slug + ".ann", "Ann", PW, Role.AGENT, team));
            if (slug.equals("ctl")) {
                platform.org().createUser(operator, slug, new NewUser("ctl.bob", "Bob", PW, Role.AGENT, team));
                platform.org().createUser(operator, slug, new NewUser("ctl.carl", "Carl", PW, Role.AGENT, team));
            }
        }
        for (String key : List.of("care", "billing")) {
            platform.campaigns().create(operator, "ctl", key, new CampaignSpec(key, CampaignKind.INBOUND_SERVICE, null,
                    LocalDate.of(2026, 1, 1), null, null, List.of(), null, null, null, null));
        }
        Caller admin = center.login("ctl.admin");
        platform.inbound().savePlan(admin, "ctl", PLAN);
        platform.inbound().assignNumber(operator, "ctl", NUMBER);
        // only ann takes the queue's callers; bob, a specialist, gets calls by transfer
        platform.inbound().setSkills(admin, "ctl", "ctl.ann", Set.of("care"));
        platform.dialing().resumeRunning();
    }

    @AfterClass
    public static void close() throws Exception {
        if (center != null) center.close();
    }

    @Test
    public void anAgentHoldsConferencesAndTransfersACallToAColleagueAndTheRecordShowsIt() throws Exception {
        Caller admin = center.login("ctl.admin");
        Caller ann = center.login("ctl.ann");
        Caller bob = center.login("ctl.bob");
        platform.dialing().start(admin, "ctl", "care", DialMode.INBOUND);
        Refusals.conflict(() -> platform.dialing().hold(ann, "ctl")); // works no campaign yet
        assertEquals("remotePhone", Refusals.invalid(() -> platform.dialing().join(bob, "ctl", "care", "07700 900123")).field());
        // bob works from home: calls put through to him go to his own phone
        assertEquals(REMOTE, platform.dialing().join(bob, "ctl", "care", REMOTE).remotePhone());
        platform.dialing().pause(bob, "ctl", "coaching");
        java.util.concurrent.BlockingQueue<String> transfers = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.BlockingQueue<String> consultations = new java.util.concurrent.LinkedBlockingQueue<>();
        center.network.listen(e -> {
            if (e.type() == io.bpohub.api.telephony.CallEventType.TRANSFERRED) transfers.add(e.callId() + " " + e.endpoint());
            if (e.type() == io.bpohub.api.telephony.CallEventType.CONSULTING) consultations.add(e.callId() + " " + e.endpoint());
        });
        platform.dialing().join(ann, "ctl", "care");
        Refusals.conflict(() -> platform.dialing().hold(ann, "ctl")); // on no call yet

        AgentDesk onCall = awaitState(ann, AgentState.ON_CALL);
        String callId = onCall.callId();
        AgentDesk held = platform.dialing().hold(ann, "ctl");
        // the caller's number matches no contact: ann asks the name (on hold, the caller's talk time stands still) and records them
        assertEquals(null, held.contactId());
        String number = held.callerNumber();
        assertNotNull("the desk shows the unknown caller's number", number);
        assertEquals("name", Refusals.invalid(() -> platform.dialing().identifyCaller(ann, "ctl", " ")).field());
        Refusals.outOfReach(() -> platform.dialing().identifyCaller(center.login("ctlx.admin"), "ctl", "Mallory"));
        AgentDesk identified = platform.dialing().identifyCaller(ann, "ctl", "Grace Hopper");
        Long contactId = identified.contactId();
        assertNotNull("the screen pops the new contact", contactId);
        assertEquals(null, identified.callerNumber());
        Refusals.conflict(() -> platform.dialing().identifyCaller(ann, "ctl", "Grace Hopper"));
        assertEquals(List.of("Grace Hopper", number, "care", "ctl.ann", "CALLED_IN"), platform.direct().in("ctl", c -> {
            try (var st = c.prepareStatement("SELECT name, phone_e164, campaign_key, agent_username, stop_reason FROM contact WHERE id = ?")) {
                st.setLong(1, contactId);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    return List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5));
                }
            }
        }));
        assertTrue("the desk shows the hold", held.onHold());
        Refusals.conflict(() -> platform.dialing().hold(ann, "ctl"));
        Thread.sleep(1_100);
        assertFalse(platform.dialing().resume(ann, "ctl").onHold());
        Refusals.conflict(() -> platform.dialing().resume(ann, "ctl"));

        assertEquals("target", Refusals.invalid(() -> platform.dialing().conference(ann, "ctl", "12345")).field());
        assertEquals(callId, platform.dialing().conference(ann, "ctl", OUTSIDE).callId());
        // another campaign's queue takes a call only while the campaign is running
        assertEquals("target", Refusals.invalid(() -> platform.dialing().transfer(ann, "ctl", "queue:nowhere")).field());
        assertEquals("target", Refusals.conflict(() -> platform.dialing().transfer(ann, "ctl", "queue:billing")).field());
        Caller carl = center.login("ctl.carl");
        platform.dialing().start(admin, "ctl", "billing", DialMode.INBOUND);
        platform.dialing().join(carl, "ctl", "billing");

        assertEquals("target", Refusals.invalid(() -> platform.dialing().transfer(ann, "ctl", "ctlx.ann")).field());
        Refusals.conflict(() -> platform.dialing().transfer(ann, "ctl", "ctl.bob")); // bob is paused
        platform.dialing().ready(bob, "ctl");
        // ann consults bob first: the caller holds, bob (at his own phone) is reserved with the contact on his screen
        AgentDesk consulting = platform.dialing().consult(ann, "ctl", "ctl.bob");
        assertEquals("ctl.bob", consulting.consulting());
        assertTrue(consulting.onHold());
        assertEquals(callId + " " + REMOTE, consultations.poll(5, java.util.concurrent.TimeUnit.SECONDS));
        AgentDesk bobReserved = platform.dialing().desk(bob, "ctl");
        assertEquals(List.of(AgentState.RESERVED, contactId), java.util.Arrays.asList(bobReserved.state(), bobReserved.contactId()));
        Refusals.conflict(() -> platform.dialing().consult(ann, "ctl", OUTSIDE)); // one consultation at a time
        // back to the caller: bob is ready again; then she consults him again and hands the call over
        AgentDesk back = platform.dialing().resume(ann, "ctl");
        assertEquals(java.util.Arrays.asList(null, false), java.util.Arrays.asList(back.consulting(), back.onHold()));
        assertEquals(AgentState.READY, platform.dialing().desk(bob, "ctl").state());
        platform.dialing().consult(ann, "ctl", "ctl.bob");
        AgentDesk after = platform.dialing().transfer(ann, "ctl", "ctl.bob");
        assertEquals("ann wraps up the call she passed on", AgentState.WRAP_UP, after.state());
        assertEquals("the call went to bob's own phone", callId + " " + REMOTE, transfers.poll(5, java.util.concurrent.TimeUnit.SECONDS));
        AgentDesk bobs = platform.dialing().desk(bob, "ctl");
        assertEquals(AgentState.ON_CALL, bobs.state());
        assertEquals(callId, bobs.callId());
        assertFalse("the transfer took the call off hold", bobs.onHold());
        // bob passes the caller to the billing queue (another campaign): he wraps up, carl takes the call with its contact
        platform.dialing().hold(bob, "ctl");
        assertEquals(AgentState.WRAP_UP, platform.dialing().transfer(bob, "ctl", "queue:billing").state());
        AgentDesk carls = awaitState(carl, AgentState.ON_CALL);
        assertEquals(java.util.Arrays.asList(callId, contactId, false), java.util.Arrays.asList(carls.callId(), carls.contactId(), carls.onHold()));
        Refusals.conflict(() -> platform.dialing().transfer(ann, "ctl", OUTSIDE)); // no call of hers now

        Caller other = center.login("ctlx.admin");
        Refusals.outOfReach(() -> platform.dialing().hold(other, "ctl"));
        Refusals.outOfReach(() -> platform.dialing().transfer(other, "ctl", OUTSIDE));
        Refusals.outOfReach(() -> platform.dialing().consult(other, "ctl", OUTSIDE));
        Refusals.outOfReach(() -> platform.exports().findCalls(other, "ctl", CallQuery.ALL, 10));

        CallView record = awaitRecord(admin, callId);
        assertEquals("the record names the agent who took the call", "ctl.ann", record.agent());
        assertEquals("and the contact the caller was recorded as", contactId, record.contactId());
        assertEquals("CONNECTED", record.result());
        assertNotNull(record.heldAt());
        assertFalse(record.heldAt().isBefore(record.connectedAt()));
        assertTrue("on hold about 1 s: " + record.heldSeconds(), record.heldSeconds() >= 1 && record.heldSeconds() <= 3);
        assertEquals("the last transfer", "queue:billing", record.transferredTo());
        assertEquals("both consultations are stored, ended", List.of(2, 0), platform.direct().in("ctl", c -> {
            try (var st = c.prepareStatement("SELECT COUNT(*), COUNT(*) - COUNT(ended_at) FROM call_step WHERE call_id = ? AND kind = 'CONSULT' "
                    + "AND target = 'ctl.bob'")) {
                st.setString(1, callId);
                try (var rs = st.executeQuery()) {
                    rs.next();
                    return List.of(rs.getInt(1), rs.getInt(2));
                }
            }
        }));
        assertEquals(OUTSIDE, record.conferencedWith());
        assertNotNull("one recording went on across the transfer", record.recording());
        assertEquals(List.of(), platform.exports().findCalls(other, "ctlx", CallQuery.ALL, 10));
        platform.dialing().stop(admin, "ctl", "care");
        platform.dialing().stop(admin, "ctl", "billing");
    }

    private static AgentDesk awaitState(Caller agent, AgentState state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            AgentDesk desk = platform.dialing().desk(agent, "ctl");
            if (desk.state() == state) return desk;
            Thread.sleep(50);
        }
        throw new AssertionError(agent.username() + " did not become " + state + " within 20 s");
    }

    private static CallView awaitRecord(Caller caller, String callId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (CallView call : platform.exports().findCalls(caller, "ctl", CallQuery.ALL, 100)) {
                if (callId.equals(call.callId())) return call;
            }
            Thread.sleep(250);
        }
        fail("no record of call " + callId + " within 30 s");
        return null;
    }
}
