package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.CallbackOffer;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.bpohub.api.dialer.AgentState.ON_CALL;
import static io.bpohub.api.dialer.AgentState.READY;
import static io.bpohub.api.dialer.AgentState.WRAP_UP;
import static io.bpohub.dialer.DialerRig.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Inbound callers queued to a campaign run's agents, on the simulated network (talk 60 s) and the virtual clock. */
public class CallQueueTest {
    private static final Duration WRAP_UP_TIME = Duration.ofSeconds(10);

    private static DialerRig rig(DialMode mode) {
        return new DialerRig(DialerRig.everyoneAnswersAndCallsIn(), CampaignSettings.of("help-desk", mode, ZoneOffset.UTC), null,
                AbandonPolicy.DEFAULT, InMemoryNumberSupply.endless());
    }

    private static Duration t(int minutes, int seconds) {
        return Duration.ofMinutes(minutes).plusSeconds(seconds);
    }

    private static Instant time(int minutes, int seconds) {
        return START.plus(t(minutes, seconds));
    }

    @Test
    public void theReadyAgentIdleLongestWhoHasTheSkillsTakesTheCall() {
        DialerRig rig = rig(DialMode.INBOUND);
        InboundCallers callers = new InboundCallers(rig, null, null);
        rig.login("ann", WRAP_UP_TIME);
        rig.at(t(0, 1), () -> rig.login("bob", WRAP_UP_TIME, "es"));
        rig.at(t(0, 2), () -> rig.login("cara", WRAP_UP_TIME, "es", "en"));
        rig.start();
        callers.queueAt(t(2, 0), "c1", "es");
        callers.queueAt(t(2, 1), "c2", "es");
        callers.queueAt(t(2, 2), null);
        rig.runFor(t(2, 30));

        // ann is idle longest but speaks no Spanish
        assertEquals("bob", callers.agentOf(0));
        assertEquals("cara", callers.agentOf(1));
        assertEquals("ann", callers.agentOf(2));
        assertEquals(time(2, 0), callers.connectedAt(0));
        assertEquals("sip:bob", callers.events(0, CallEventType.BRIDGED).get(0).endpoint());
        AgentStateChange bob = onCall(rig, "bob");
        assertEquals(callers.caller(0), bob.callId());
        assertEquals("c1", bob.contactId());
        // a caller whose number the platform does not know pops up no contact
        AgentStateChange ann = onCall(rig, "ann");
        assertEquals(callers.caller(2), ann.callId());
        assertNull(ann.contactId());
    }

    @Test
    public void aCallerNoReadyAgentCanTakeWaitsForTheFirstAgentWithTheSkillsOldestCallerFirst() {
        DialerRig rig = rig(DialMode.INBOUND);
        InboundCallers callers = new InboundCallers(rig, null, null);
        rig.login("ann", WRAP_UP_TIME, "es");
        rig.login("bob", WRAP_UP_TIME);
        rig.start();
        callers.queueAt(t(2, 0), null, "es");
        callers.queueAt(t(2, 10), null, "es");
        callers.queueAt(t(2, 20), null, "es");
        callers.queueAt(t(2, 30), null);
        List<Integer> waiting = new ArrayList<>();
        rig.at(t(2, 25), () -> waiting.add(rig.dialer.snapshot().callsWaiting()));
        rig.runFor(t(5, 0));

        assertEquals(List.of(2), waiting);
        assertEquals("ann", callers.agentOf(0));
        // bob, ready, cannot take the callers who need Spanish; the one who needs nothing goes to him at once
        assertEquals("bob", callers.agentOf(3));
        assertEquals(time(2, 30), callers.connectedAt(3));
        // ann is ready again after her first call (60 s) and its wrap-up: the caller waiting longest first
        assertEquals("ann", callers.agentOf(1));
        assertEquals(time(3, 10), callers.connectedAt(1));
        assertEquals("ann", callers.agentOf(2));
        assertEquals(time(4, 20), callers.connectedAt(2));
        assertEquals(0, rig.queue.callsWaiting());
    }

    @Test
    public void aCallerOfAHigherPriorityQueueIsServedAndAnnouncedBeforeCallersWaitingLonger() {
        DialerRig rig = rig(DialMode.INBOUND);
        InboundCallers callers = new InboundCallers(rig, Duration.ofSeconds(30), null);
        rig.login("ann", WRAP_UP_TIME);
        rig.start();
        rig.at(t(0, 1), () -> rig.agents.pause("ann", "break"));
        callers.queueAt(t(1, 0), 5, null);
        callers.queueAt(t(1, 10), 5, null);
        callers.queueAt(t(1, 20), 9, null); // the VIP line
        rig.at(t(2, 0), () -> rig.agents.ready("ann"));
        rig.runFor(t(3, 0));

        // the VIP caller, last to come, hears position 1 and the others move down
        assertEquals("queue-position-1", callers.events(2, CallEventType.PLAYED).get(0).detail());
        assertEquals("queue-position-2", callers.events(0, CallEventType.PLAYED).get(0).detail());
        assertEquals("queue-position-3", callers.events(1, CallEventType.PLAYED).get(0).detail());
        assertEquals("ann", callers.agentOf(2));
        assertEquals(time(2, 0), callers.connectedAt(2));
        assertEquals(2, rig.queue.callsWaiting(), "then the caller waiting longest");
        assertThrows(IllegalArgumentException.class, () -> new QueuedCall("x", "q", null, java.util.Set.of(), null, null, 10));
    }

    @Test
    public void waitingCallersHearTheirPositionAndTheExpectedWaitInTurn() {
        DialerRig rig = rig(DialMode.INBOUND);
        InboundCallers callers = new InboundCallers(rig, Duration.ofSeconds(30), null);
        rig.login("ann", WRAP_UP_TIME);
        rig.start();
        // one call handled (60 s talk + 10 s wrap-up) teaches the queue the handle time
        callers.queueAt(t(0, 30), null);
        rig.at(t(1, 45), () -> rig.agents.pause("ann", "break"));
        callers.queueAt(t(2, 0), null);
        callers.queueAt(t(2, 1), null);
        rig.at(t(4, 0), () -> rig.agents.ready("ann"));
        rig.runFor(t(5, 0));

        // messages play 4 s; the next one comes 30 s after the end of the last
        List<CallEvent> first = callers.events(1, CallEventType.PLAYED);
        assertEquals(List.of("queue-position-1", "queue-wait-2", "queue-position-1"), first.stream().map(CallEvent::detail).toList());
        assertEquals(List.of(time(2, 34), time(3, 8), time(3, 42)), first.stream().map(CallEvent::at).toList());
        // 2 callers x 70 s for 1 agent: 3 minutes; 1 caller once the first is put through at 4:00: 2 minutes
        assertEquals(List.of("queue-position-2", "queue-wait-3", "queue-position-2", "queue-wait-2", "queue-position-1"),
                callers.events(2, CallEventType.PLAYED).stream().map(CallEvent::detail).toList());
        assertEquals(time(4, 0), callers.connectedAt(1));
    }

    @Test
    public void aCallerWhoWaitsTheOverflowTimeLeavesTheQueueForGood() {
        DialerRig rig = rig(DialMode.INBOUND);
        InboundCallers callers = new InboundCallers(rig, Duration.ofSeconds(20), Duration.ofSeconds(60));
        rig.login("ann", WRAP_UP_TIME);
        rig.agents.pause("ann", "training");
        rig.start();
        callers.queueAt(t(0, 30), null);
        List<Integer> waiting = new ArrayList<>();
        rig.at(t(1, 29), () -> waiting.add(rig.queue.callsWaiting()));
        rig.at(t(1, 31), () -> waiting.add(rig.dialer.snapshot().callsWaiting()));
        rig.at(t(2, 0), () -> rig.agents.ready("ann"));
        rig.runFor(t(3, 0));

        assertEquals(time(1, 30), callers.overflowedAt(0));
        assertEquals(List.of(1, 0), waiting);
        // announcements at 0:50 and 1:14 only; ann, ready at 2:00 with the caller still on the line, does not get the call
        assertEquals(2, callers.events(0, CallEventType.PLAYED).size());
        assertTrue(callers.events(0, CallEventType.BRIDGED).isEmpty());
        assertNull(callers.agentOf(0));
        assertEquals(READY, rig.agents.state("ann"));
    }

    @Test
    public void aCallerWhoAcceptsTheCallbackOfferLeavesTheQueueAndOneWhoDeclinesKeepsTheirPlace() {
        Map<String, String> keys = new HashMap<>();
        DialerRig rig = new DialerRig(DialerRig.everyoneAnswersAndCallsIn((callId, prompt, max, random) -> keys.getOrDefault(callId, "")),
                CampaignSettings.of("help-desk", DialMode.INBOUND, ZoneOffset.UTC), null, AbandonPolicy.DEFAULT, InMemoryNumberSupply.endless());
        InboundCallers callers = new InboundCallers(rig, Duration.ofSeconds(20), null,
                new CallbackOffer(Duration.ofSeconds(22), "callback-offer", "1"));
        rig.login("ann", WRAP_UP_TIME);
        rig.agents.pause("ann", "training");
        rig.start();
        callers.queueAt(t(0, 30), null);
        callers.queueAt(t(0, 40), null);
        rig.at(t(0, 41), () -> {
            keys.put(callers.caller(0), "1");
            keys.put(callers.caller(1), "2");
        });
        List<Integer> waiting = new ArrayList<>();
        rig.at(t(1, 0), () -> waiting.add(rig.queue.callsWaiting()));
        rig.at(t(2, 0), () -> rig.agents.ready("ann"));
        rig.runFor(t(3, 0));

        // the offer was due at 0:52 while the first announcement played (0:50-0:54): it came after it, and the key 1 s later
        assertEquals(List.of("queue-position-1", "callback-offer"), callers.events(0, CallEventType.PLAYED).stream().map(CallEvent::detail).toList());
        assertEquals(time(0, 59), callers.callbackRequestedAt(0));
        assertEquals(List.of(1), waiting, "the caller who accepted left the queue at once");
        assertTrue(callers.events(0, CallEventType.BRIDGED).isEmpty());
        // the second caller pressed 2 at 1:09: announcements resumed 20 s later, now at the front, and the offer came
        // again 22 s later, after the announcement then playing (1:29-1:33); pressed 2 again; ann took the call at 2:00
        List<CallEvent> second = callers.events(1, CallEventType.PLAYED);
        assertEquals(List.of("queue-position-1", "callback-offer", "queue-position-1", "callback-offer"), second.stream().map(CallEvent::detail).toList());
        assertEquals(List.of(time(1, 33), time(1, 37)), List.of(second.get(2).at(), second.get(3).at()));
        assertNull(callers.callbackRequestedAt(1));
        assertEquals("ann", callers.agentOf(1));
        assertEquals(time(2, 0), callers.connectedAt(1));
        assertThrows(IllegalArgumentException.class, () -> new CallbackOffer(Duration.ofSeconds(30), "callback-offer", "12"));
    }

    @Test
    public void aCallerWhoHangsUpWhileQueuedIsRemovedAndNeverPutThrough() {
        DialerRig rig = rig(DialMode.INBOUND);
        InboundCallers callers = new InboundCallers(rig, Duration.ofSeconds(20), Duration.ofMinutes(2));
        rig.login("ann", WRAP_UP_TIME);
        rig.agents.pause("ann", "training");
        rig.start();
        callers.queueAt(t(0, 30), null);
        rig.at(t(1, 0), () -> rig.network.hangup(callers.caller(0), CallParty.CUSTOMER));
        List<Integer> waiting = new ArrayList<>();
        rig.at(t(1, 1), () -> waiting.add(rig.queue.callsWaiting()));
        rig.at(t(1, 30), () -> rig.agents.ready("ann"));
        rig.runFor(t(5, 0));

        assertEquals(List.of(0), waiting);
        assertTrue(callers.events(0, CallEventType.BRIDGED).isEmpty());
        assertEquals(1, callers.events(0, CallEventType.PLAYED).size());
        // its overflow time (2:30) passes with no word: the caller's timers went with the caller
        assertNull(callers.overflowedAt(0));
        assertNull(callers.agentOf(0));
        assertEquals(READY, rig.agents.state("ann"));
    }

    @Test
    public void theAgentWrapsUpOnceWhenTheCallerHangsUpOrTheAgentLeavesTheCall() {
        DialerRig rig = rig(DialMode.INBOUND);
        InboundCallers callers = new InboundCallers(rig, null, null);
        rig.login("ann", WRAP_UP_TIME);
        rig.login("bob", WRAP_UP_TIME);
        rig.start();
        callers.queueAt(t(0, 30), null);
        callers.queueAt(t(0, 31), null);
        // bob hangs up first, his caller staying on the line
        rig.at(t(0, 50), () -> rig.gateway.agentLeaves(callers.caller(1), "sip:bob"));
        rig.runFor(t(3, 0));

        assertEquals(List.of(READY, ON_CALL, WRAP_UP, READY), statesOf(rig, "ann"));
        assertEquals(List.of(START, time(0, 30), time(1, 30), time(1, 40)), timesOf(rig, "ann"));
        assertEquals(List.of(READY, ON_CALL, WRAP_UP, READY), statesOf(rig, "bob"));
        assertEquals(List.of(START, time(0, 31), time(0, 50), time(1, 0)), timesOf(rig, "bob"));
        // the simulator ends bob's conversation at 1:31 all the same (the caller hangs up, or the agent's side leaves): no second wrap-up
        assertTrue(rig.callEvents.stream().anyMatch(e -> e.callId().equals(callers.caller(1)) && e.at().equals(time(1, 31))
                && (e.type() == CallEventType.HUNG_UP || e.type() == CallEventType.UNBRIDGED)));
    }

    @Test
    public void anInboundCampaignPlacesNoCalls() {
        DialerRig rig = rig(DialMode.INBOUND);
        InboundCallers callers = new InboundCallers(rig, null, null);
        for (String agent : List.of("ann", "bob", "cara")) rig.login(agent, WRAP_UP_TIME);
        rig.start();
        for (int minute = 1; minute <= 50; minute++) callers.queueAt(t(minute, 0), null);
        rig.runFor(Duration.ofHours(1));

        assertEquals(0, rig.network.nextCallIndex());
        assertTrue(rig.records.isEmpty());
        for (int n = 0; n < 50; n++) assertEquals(time(n + 1, 0), callers.connectedAt(n));
        var snapshot = rig.dialer.snapshot();
        assertEquals(3, snapshot.agentsLoggedIn());
        assertEquals(0, snapshot.callsRinging());
        assertEquals(0, snapshot.callsWaiting());
    }

    @Test
    public void anAnsweredOutboundCallWaitingForAnAgentComesBeforeAQueuedCaller() {
        DialerRig rig = rig(DialMode.PROGRESSIVE);
        InboundCallers callers = new InboundCallers(rig, null, null);
        rig.start();
        // ann's call is placed at 1:00 and answered at 1:05; she steps away meanwhile, and a caller is queued
        rig.at(t(1, 0), () -> rig.login("ann", WRAP_UP_TIME));
        rig.at(t(1, 1), () -> rig.agents.pause("ann", "break"));
        callers.queueAt(t(1, 3), null);
        Duration back = t(1, 6).plusMillis(500);
        rig.at(back, () -> rig.agents.ready("ann"));
        rig.runFor(t(3, 0));

        CallEvent outbound = rig.callEvents.stream()
                .filter(e -> e.type() == CallEventType.BRIDGED && e.tag() != null).findFirst().orElseThrow();
        assertEquals(START.plus(back), outbound.at());
        assertEquals("sip:ann", outbound.endpoint());
        // the caller gets ann when her outbound call (60 s) and its wrap-up are over, before the dialer calls again
        assertEquals("ann", callers.agentOf(0));
        assertEquals(START.plus(back).plusSeconds(70), callers.connectedAt(0));
        assertEquals(List.of(CallOutcome.CONNECTED), rig.records.stream().map(CallRecord::outcome).toList());
    }

    private static AgentStateChange onCall(DialerRig rig, String agentId) {
        return rig.agentChanges.stream().filter(c -> c.agentId().equals(agentId) && c.to() == ON_CALL).findFirst().orElseThrow();
    }

    private static List<AgentState> statesOf(DialerRig rig, String agentId) {
        return rig.agentChanges.stream().filter(c -> c.agentId().equals(agentId)).map(AgentStateChange::to).toList();
    }

    private static List<Instant> timesOf(DialerRig rig, String agentId) {
        return rig.agentChanges.stream().filter(c -> c.agentId().equals(agentId)).map(AgentStateChange::at).toList();
    }
}
