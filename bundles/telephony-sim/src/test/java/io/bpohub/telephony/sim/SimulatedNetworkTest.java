package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.telephony.MonitorMode;
import io.bpohub.api.telephony.OriginateRequest;
import io.bpohub.api.telephony.TelephonyException;
import org.junit.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.bpohub.api.telephony.CallEventType.ANSWERED;
import static io.bpohub.api.telephony.CallEventType.ANSWERING_MACHINE;
import static io.bpohub.api.telephony.CallEventType.BRIDGED;
import static io.bpohub.api.telephony.CallEventType.CONSULTING;
import static io.bpohub.api.telephony.CallEventType.UNBRIDGED;
import static io.bpohub.api.telephony.CallEventType.BUSY;
import static io.bpohub.api.telephony.CallEventType.CONFERENCED;
import static io.bpohub.api.telephony.CallEventType.HELD;
import static io.bpohub.api.telephony.CallEventType.HUNG_UP;
import static io.bpohub.api.telephony.CallEventType.INVALID_NUMBER;
import static io.bpohub.api.telephony.CallEventType.MONITORED;
import static io.bpohub.api.telephony.CallEventType.NO_ANSWER;
import static io.bpohub.api.telephony.CallEventType.PLAYED;
import static io.bpohub.api.telephony.CallEventType.RECORDING_STOPPED;
import static io.bpohub.api.telephony.CallEventType.RESUMED;
import static io.bpohub.api.telephony.CallEventType.RINGING;
import static io.bpohub.api.telephony.CallEventType.TRANSFERRED;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

/** Outbound call behaviour on the virtual clock, with scenarios whose outcome and times are fixed. */
public class SimulatedNetworkTest {
    static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration RING_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration RING = Duration.ofSeconds(5);
    private static final Duration PATIENCE = Duration.ofSeconds(6);
    private static final Duration TALK = Duration.ofSeconds(90);

    private final VirtualTimeline timeline = new VirtualTimeline(T0);
    private final EventLog log = new EventLog();

    /** Every call is answered by a person after 5 s, who waits 6 s for an agent and then talks 90 s. */
    static Scenario.Builder people() {
        return Scenario.builder().answerProbability(1).ringTime(RING, RING)
                .patience(Distribution.constant(PATIENCE)).talkTime(Distribution.constant(TALK));
    }

    private SimulatedNetwork network(Scenario.Builder scenario) {
        return network(scenario, "sim-");
    }

    private SimulatedNetwork network(Scenario.Builder scenario, String callIdPrefix) {
        SimulatedNetwork network = new SimulatedNetwork(timeline, scenario.build(), 42, Path.of("target", "recordings"), callIdPrefix);
        network.listen(log);
        return network;
    }

    static OriginateRequest call(String tag) {
        return new OriginateRequest("+4930123456", "+4930999999", RING_TIMEOUT, false, tag);
    }

    private void runFor(Duration span) {
        timeline.runUntil(timeline.now().plus(span));
    }

    @Test
    public void eventsComeFromTheTimelineAfterTheOperationReturnsAndCarryTheTag() {
        SimulatedNetwork network = network(people());
        String id = network.originate(call("acme/c1/contact-7"));
        assertEquals("nothing is delivered inside originate", List.of(), log.all());

        timeline.runUntil(T0);
        CallEvent ringing = log.first(id, RINGING);
        assertEquals(T0, ringing.at());
        assertEquals("acme/c1/contact-7", ringing.tag());
        assertEquals("+4930999999", ringing.from());
        assertEquals("+4930123456", ringing.to());
    }

    @Test
    public void aPersonNobodyConnectsHangsUpWhenPatienceRunsOut() {
        SimulatedNetwork network = network(people());
        String id = network.originate(call("t"));
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERED, HUNG_UP), log.typesOf(id));
        assertEquals(T0.plus(RING), log.first(id, ANSWERED).at());
        CallEvent hangup = log.last(id);
        assertEquals(CallParty.CUSTOMER, hangup.party());
        assertEquals(T0.plus(RING).plus(PATIENCE), hangup.at());
        assertEquals("t", hangup.tag());
        assertEquals(0, network.liveCalls());
    }

    @Test
    public void aBridgedPersonTalksTheTalkTimeAndThenHangsUp() {
        SimulatedNetwork network = network(people());
        String id = network.originate(call("t"));
        runFor(RING.plusSeconds(1));
        network.bridge(id, "agent-7");
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERED, BRIDGED, HUNG_UP), log.typesOf(id));
        assertEquals("agent-7", log.first(id, BRIDGED).endpoint());
        assertEquals(CallParty.CUSTOMER, log.last(id).party());
        assertEquals(T0.plus(RING).plusSeconds(1).plus(TALK), log.last(id).at());
    }

    @Test
    public void anAgentHangUpEndsTheCallWithTheAgentAsParty() {
        SimulatedNetwork network = network(people());
        String id = talkedFor30Seconds(network);
        network.hangup(id, CallParty.AGENT);
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERED, BRIDGED, HUNG_UP), log.typesOf(id));
        assertEquals(CallParty.AGENT, log.last(id).party());
        assertEquals(T0.plus(RING).plusSeconds(30), log.last(id).at());
    }

    @Test
    public void anAbandonedCallHearsTheSafeHarborMessageThenThePlatformHangsUp() {
        SimulatedNetwork network = network(people().patience(Distribution.constant(Duration.ofSeconds(20))));
        String id = network.originate(call("t"));
        network.listen(e -> {
            if (e.type() == ANSWERED) network.play(e.callId(), "safe-harbor");
            if (e.type() == PLAYED) network.hangup(e.callId(), CallParty.PLATFORM);
        });
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERED, PLAYED, HUNG_UP), log.typesOf(id));
        assertEquals("safe-harbor", log.first(id, PLAYED).detail());
        assertEquals(T0.plus(RING).plusSeconds(4), log.first(id, PLAYED).at());
        assertEquals(CallParty.PLATFORM, log.last(id).party());
    }

    @Test
    public void holdStopsTheTalkClockAndResumeRestartsIt() {
        SimulatedNetwork network = network(people());
        String id = talkedFor30Seconds(network);
        network.hold(id);
        runFor(Duration.ofSeconds(100));
        network.resume(id);
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERED, BRIDGED, HELD, RESUMED, HUNG_UP), log.typesOf(id));
        assertEquals(T0.plus(RING).plus(TALK).plusSeconds(100), log.last(id).at());
    }

    @Test
    public void transferConferenceAndMonitorKeepTheCallUpAndNameTheirParties() {
        SimulatedNetwork network = network(people());
        String id = network.originate(call("t"));
        runFor(RING);
        network.bridge(id, "agent-7");
        network.monitor(id, "supervisor-1", MonitorMode.WHISPER);
        network.hold(id);
        network.transfer(id, "+4930555000");
        network.conference(id, "agent-9");
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERED, BRIDGED, MONITORED, HELD, TRANSFERRED, CONFERENCED, HUNG_UP), log.typesOf(id));
        assertEquals("WHISPER", log.first(id, MONITORED).detail());
        assertEquals("supervisor-1", log.first(id, MONITORED).endpoint());
        assertEquals("+4930555000", log.first(id, TRANSFERRED).endpoint());
        assertEquals("agent-9", log.first(id, CONFERENCED).endpoint());
        assertEquals("the transfer took the call off hold: the talk goes on", T0.plus(RING).plus(TALK), log.last(id).at());
    }

    @Test
    public void aConsultationHoldsTheCallerThenTheTransferHandsThemOverOrResumeBringsTheAgentBack() {
        SimulatedNetwork network = network(people());
        String handedOver = network.originate(call("t"));
        String kept = network.originate(call("u"));
        runFor(RING);
        network.bridge(handedOver, "agent-7");
        network.bridge(kept, "agent-8");
        runFor(Duration.ofSeconds(30));
        network.consult(handedOver, "agent-9");
        network.consult(kept, "+4930555000");
        assertMessage("call " + kept + " is already consulting +4930555000", () -> network.consult(kept, "agent-9"));
        runFor(Duration.ofSeconds(20));
        network.transfer(handedOver, "agent-9");
        network.resume(kept);
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERED, BRIDGED, CONSULTING, TRANSFERRED, HUNG_UP), log.typesOf(handedOver));
        assertEquals("agent-9", log.first(handedOver, CONSULTING).endpoint());
        assertEquals(List.of(RINGING, ANSWERED, BRIDGED, CONSULTING, RESUMED, HUNG_UP), log.typesOf(kept));
        assertEquals("+4930555000", log.first(kept, CONSULTING).endpoint());
        assertEquals("the caller's talk clock stood still during the 20 s consultation", T0.plus(RING).plus(TALK).plusSeconds(20), log.last(kept).at());
    }

    @Test
    public void anUnbridgedCallerWaitsForTheNextAgentAndTalksTheRestOfTheirConversation() {
        SimulatedNetwork network = network(people());
        String id = talkedFor30Seconds(network);
        network.unbridge(id);
        runFor(Duration.ofSeconds(10));
        network.bridge(id, "agent-9");
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERED, BRIDGED, UNBRIDGED, BRIDGED, HUNG_UP), log.typesOf(id));
        assertEquals("agent-7", log.first(id, UNBRIDGED).endpoint());
        assertEquals("the 10 s between the agents are not talk", T0.plus(RING).plus(TALK).plusSeconds(10), log.last(id).at());
        assertMessage("cannot take the agent off call " + id + ": it has ended (HUNG_UP)", () -> network.unbridge(id));
    }

    @Test
    public void aMachineIsReportedAsSuchOnlyWhenDetectionWasAskedFor() {
        SimulatedNetwork network = network(Scenario.builder().answerProbability(0).whenNotAnswered(0, 0, 0, 1).ringTime(RING, RING)
                .machineTime(Distribution.constant(Duration.ofSeconds(30))));
        String detected = network.originate(new OriginateRequest("+4930123456", null, RING_TIMEOUT, true, "amd"));
        String undetected = network.originate(call("no amd"));
        runFor(RING);
        network.bridge(undetected, "agent-7");
        timeline.runAll();

        assertEquals(List.of(RINGING, ANSWERING_MACHINE, HUNG_UP), log.typesOf(detected));
        assertEquals(List.of(RINGING, ANSWERED, BRIDGED, HUNG_UP), log.typesOf(undetected));
        assertEquals("machine", log.first(undetected, ANSWERED).detail());
        assertEquals("a machine hangs up on its own clock, bridged or not", T0.plus(RING).plusSeconds(30), log.last(undetected).at());
        assertEquals(T0.plus(RING).plusSeconds(30), log.last(detected).at());
    }

    @Test
    public void unansweredCallsEndBusyInvalidOrAtTheRingTimeout() {
        Scenario.Builder nobody = Scenario.builder().answerProbability(0).signallingTime(Duration.ofSeconds(2), Duration.ofSeconds(2));
        SimulatedNetwork busy = network(nobody.whenNotAnswered(1, 0, 0, 0), "busy-");
        String busyCall = busy.originate(call("busy"));
        SimulatedNetwork invalid = network(nobody.whenNotAnswered(0, 0, 1, 0), "invalid-");
        String invalidCall = invalid.originate(call("invalid"));
        SimulatedNetwork noAnswer = network(nobody.whenNotAnswered(0, 1, 0, 0), "unanswered-");
        String unanswered = noAnswer.originate(call("unanswered"));
        timeline.runAll();

        assertEquals(List.of(RINGING, BUSY), log.typesOf(busyCall));
        assertEquals(T0.plusSeconds(2), log.last(busyCall).at());
        assertEquals(List.of(RINGING, INVALID_NUMBER), log.typesOf(invalidCall));
        assertEquals(List.of(RINGING, NO_ANSWER), log.typesOf(unanswered));
        assertEquals(T0.plus(RING_TIMEOUT), log.last(unanswered).at());
    }

    @Test
    public void aPersonWhoWouldAnswerAfterTheRingTimeoutIsNoAnswer() {
        SimulatedNetwork network = network(people().ringTime(Duration.ofSeconds(40), Duration.ofSeconds(40)));
        String id = network.originate(call("t"));
        timeline.runAll();
        assertEquals(List.of(RINGING, NO_ANSWER), log.typesOf(id));
        assertEquals(T0.plus(RING_TIMEOUT), log.last(id).at());
    }

    @Test
    public void operationsOnUnknownEndedOrWrongStateCallsSayWhichCallAndWhy() {
        SimulatedNetwork network = network(people());
        String id = network.originate(call("t"));

        assertMessage("cannot bridge call nope: no such call", () -> network.bridge("nope", "agent-1"));
        assertMessage("cannot bridge call " + id + ": it is RINGING, and that needs ANSWERED", () -> network.bridge(id, "agent-1"));
        assertMessage("cannot answer call " + id + ": it is RINGING, and that needs ARRIVED", () -> network.answer(id));
        runFor(RING);
        assertMessage("cannot resume call " + id + ": it is ANSWERED, and that needs HELD", () -> network.resume(id));
        network.play(id, "safe-harbor");
        assertMessage("call " + id + " is already playing safe-harbor", () -> network.play(id, "safe-harbor"));
        assertMessage("call " + id + " is not being recorded", () -> network.stopRecording(id));
        network.hangup(id, CallParty.PLATFORM);
        assertMessage("cannot hold call " + id + ": it has ended (HUNG_UP)", () -> network.hold(id));
        assertThrows(IllegalArgumentException.class, () -> network.bridge(id, " "));
    }

    @Test
    public void closeHangsUpEveryLiveCallWithTheNetworkAsPartyBeforeItReturns() {
        SimulatedNetwork network = network(people());
        String ringing = network.originate(call("ringing"));
        String talking = network.originate(call("talking"));
        runFor(RING);
        network.bridge(talking, "agent-7");
        network.record(talking);
        String stillRinging = network.originate(call("late"));

        network.close();

        for (String id : List.of(ringing, talking, stillRinging)) {
            CallEvent last = log.last(id);
            assertEquals(id + " ended", HUNG_UP, last.type());
            assertEquals(CallParty.NETWORK, last.party());
        }
        assertEquals("events pending at close come first, in order", List.of(RINGING), log.typesOf(stillRinging).subList(0, 1));
        assertTrue(log.typesOf(talking).contains(RECORDING_STOPPED));
        assertEquals(0, network.liveCalls());
        assertMessage("cannot originate a call to +4930123456: the simulator is closed", () -> network.originate(call("after")));
        timeline.runAll();
        assertEquals("nothing arrives after close", List.of(RINGING, HUNG_UP), log.typesOf(stillRinging));
    }

    /** A call answered and bridged to agent-7, 30 s into its conversation. */
    private String talkedFor30Seconds(SimulatedNetwork network) {
        String id = network.originate(call("t"));
        runFor(RING);
        network.bridge(id, "agent-7");
        runFor(Duration.ofSeconds(30));
        return id;
    }

    static void assertMessage(String expected, org.junit.function.ThrowingRunnable operation) {
        TelephonyException e = assertThrows(TelephonyException.class, operation);
        assertEquals(expected, e.getMessage());
    }
}
