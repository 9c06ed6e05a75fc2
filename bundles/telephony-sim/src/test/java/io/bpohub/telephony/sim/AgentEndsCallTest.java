package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallParty;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import static io.bpohub.api.telephony.CallEventType.ANSWERED;
import static io.bpohub.api.telephony.CallEventType.BRIDGED;
import static io.bpohub.api.telephony.CallEventType.DTMF;
import static io.bpohub.api.telephony.CallEventType.HUNG_UP;
import static io.bpohub.api.telephony.CallEventType.INBOUND;
import static io.bpohub.api.telephony.CallEventType.PLAYED;
import static io.bpohub.api.telephony.CallEventType.RECORDING_STARTED;
import static io.bpohub.api.telephony.CallEventType.RECORDING_STOPPED;
import static io.bpohub.api.telephony.CallEventType.RINGING;
import static io.bpohub.api.telephony.CallEventType.UNBRIDGED;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.T0;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.call;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.people;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

/** The agent ending an inbound conversation first: UNBRIDGED, the caller left on the line for a survey. */
public class AgentEndsCallTest {
    private static final Duration BRIDGE_AFTER = Duration.ofSeconds(22);
    private static final Duration TALK = Duration.ofSeconds(100);
    private static final Duration HOUR = Duration.ofHours(1);

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    /** About 60 inbound callers an hour, each waiting up to 45 s and talking 100 s. */
    private static Scenario.Builder inbound() {
        return Scenario.builder().inboundPerHour(60).queuePatience(Distribution.constant(Duration.ofSeconds(45)))
                .talkTime(Distribution.constant(TALK));
    }

    /**
     * An hour of inbound traffic: every caller is answered and bridged to agent-3 {@link #BRIDGE_AFTER} later;
     * {@code platform} reacts to every event besides.
     */
    private EventLog hour(Scenario.Builder scenario, long seed, BiConsumer<SimulatedNetwork, CallEvent> platform) {
        VirtualTimeline timeline = new VirtualTimeline(T0);
        SimulatedNetwork network = new SimulatedNetwork(timeline, scenario.build(), seed, folder.getRoot().toPath(), "sim-");
        EventLog log = new EventLog();
        network.listen(log);
        network.listen(e -> {
            if (e.type() == INBOUND) network.answer(e.callId());
            if (e.type() == ANSWERED) timeline.schedule(e.at().plus(BRIDGE_AFTER), () -> network.bridge(e.callId(), "agent-3"));
            platform.accept(network, e);
        });
        timeline.runUntil(T0.plus(HOUR));
        return log;
    }

    private static String firstInbound(EventLog log) {
        return log.all().stream().filter(e -> e.type() == INBOUND).findFirst().orElseThrow().callId();
    }

    /** The calls bridged early enough for their talk to have ended within the hour. */
    private static List<String> talkedToTheEnd(EventLog log) {
        return log.all().stream().filter(e -> e.type() == BRIDGED && !e.at().plus(TALK).isAfter(T0.plus(HOUR)))
                .map(CallEvent::callId).toList();
    }

    @Test
    public void whenTheAgentLeavesFirstTheCallerStaysOnTheLineForTheAfterCallPatienceThenHangsUp() {
        EventLog log = hour(inbound().agentEndsShare(1), 5, (network, e) -> {
            if (e.type() == BRIDGED) network.record(e.callId());
        });

        String id = firstInbound(log);
        assertEquals(List.of(INBOUND, ANSWERED, BRIDGED, RECORDING_STARTED, UNBRIDGED, RECORDING_STOPPED, HUNG_UP), log.typesOf(id));
        CallEvent unbridged = log.first(id, UNBRIDGED);
        assertEquals(log.first(id, BRIDGED).at().plus(TALK), unbridged.at());
        assertEquals("the agent's endpoint", "agent-3", unbridged.endpoint());
        assertNull(unbridged.party());
        CallEvent hangup = log.last(id);
        assertEquals("30 s by default", unbridged.at().plusSeconds(30), hangup.at());
        assertEquals(CallParty.CUSTOMER, hangup.party());
        assertEquals("the recording ran on after the agent left", hangup.at(), log.first(id, RECORDING_STOPPED).at());
    }

    @Test
    public void afterTheAgentLeftThePlatformPlaysASurveyAndCollectsTheRating() {
        EventLog log = hour(inbound().agentEndsShare(1).digits(DigitChooser.scripted("4")), 5, (network, e) -> {
            if (e.type() == UNBRIDGED) network.play(e.callId(), "survey");
            if (e.type() == PLAYED && e.detail().equals("survey")) network.collectDigits(e.callId(), 1, 5);
            if (e.type() == DTMF) network.play(e.callId(), "survey-thanks");
            if (e.type() == PLAYED && e.detail().equals("survey-thanks")) network.hangup(e.callId(), CallParty.PLATFORM);
        });

        String id = firstInbound(log);
        assertEquals(List.of(INBOUND, ANSWERED, BRIDGED, UNBRIDGED, PLAYED, DTMF, PLAYED, HUNG_UP), log.typesOf(id));
        Instant left = log.first(id, UNBRIDGED).at();
        List<CallEvent> played = log.of(id).stream().filter(e -> e.type() == PLAYED).toList();
        assertEquals("survey", played.get(0).detail());
        assertEquals("a message without a set length plays the default 4 s", left.plusSeconds(4), played.get(0).at());
        CallEvent rating = log.first(id, DTMF);
        assertEquals("4", rating.detail());
        assertEquals("one key a second", left.plusSeconds(5), rating.at());
        assertEquals("survey-thanks", played.get(1).detail());
        assertEquals(left.plusSeconds(9), played.get(1).at());
        assertEquals(CallParty.PLATFORM, log.last(id).party());
    }

    @Test
    public void theCallerWaitsOutMessagesAndDigitCollectionsAndThenThePatienceAgain() {
        // the patience (3 s) is shorter than the message (4 s) and the silent caller's collection (5 s timeout)
        EventLog log = hour(inbound().agentEndsShare(1).afterCallPatience(Duration.ofSeconds(3)), 5, (network, e) -> {
            if (e.type() == UNBRIDGED) network.play(e.callId(), "survey");
            if (e.type() == PLAYED) network.collectDigits(e.callId(), 1, 5);
        });

        String id = firstInbound(log);
        assertEquals(List.of(INBOUND, ANSWERED, BRIDGED, UNBRIDGED, PLAYED, DTMF, HUNG_UP), log.typesOf(id));
        Instant left = log.first(id, UNBRIDGED).at();
        assertEquals(left.plusSeconds(4), log.first(id, PLAYED).at());
        assertEquals("", log.first(id, DTMF).detail());
        assertEquals(left.plusSeconds(9), log.first(id, DTMF).at());
        assertEquals("the patience counts again from the end of the collection", left.plusSeconds(12), log.last(id).at());
        assertEquals(CallParty.CUSTOMER, log.last(id).party());
    }

    @Test
    public void aCallerBridgedAgainHasAnotherConversation() {
        EventLog log = hour(inbound().agentEndsShare(1), 5, (network, e) -> {
            if (e.type() == UNBRIDGED && e.endpoint().equals("agent-3")) network.bridge(e.callId(), "agent-7");
        });

        String id = firstInbound(log);
        assertEquals(List.of(INBOUND, ANSWERED, BRIDGED, UNBRIDGED, BRIDGED, UNBRIDGED, HUNG_UP), log.typesOf(id));
        List<CallEvent> unbridged = log.of(id).stream().filter(e -> e.type() == UNBRIDGED).toList();
        assertEquals("agent-7", unbridged.get(1).endpoint());
        assertEquals("the second conversation talks the talk time again", unbridged.get(0).at().plus(TALK), unbridged.get(1).at());
        assertEquals(unbridged.get(1).at().plusSeconds(30), log.last(id).at());
    }

    @Test
    public void theShareDecidesWhetherTheAgentOrTheCallerEndsTheConversation() {
        EventLog callersEnd = hour(inbound().agentEndsShare(0), 5, (network, e) -> { });
        List<String> talked = talkedToTheEnd(callersEnd);
        assertTrue("enough conversations: " + talked.size(), talked.size() > 30);
        for (String id : talked) {
            assertEquals(id, List.of(INBOUND, ANSWERED, BRIDGED, HUNG_UP), callersEnd.typesOf(id));
            assertEquals(id, callersEnd.first(id, BRIDGED).at().plus(TALK), callersEnd.last(id).at());
            assertEquals(id, CallParty.CUSTOMER, callersEnd.last(id).party());
        }

        EventLog agentsEnd = hour(inbound().agentEndsShare(1), 5, (network, e) -> { });
        for (String id : talkedToTheEnd(agentsEnd)) {
            assertEquals(id, agentsEnd.first(id, BRIDGED).at().plus(TALK), agentsEnd.first(id, UNBRIDGED).at());
        }

        EventLog half = hour(inbound(), 5, (network, e) -> { });
        List<String> conversations = talkedToTheEnd(half);
        long agentEnded = conversations.stream().filter(id -> half.typesOf(id).contains(UNBRIDGED)).count();
        assertTrue("by default about half: " + agentEnded + " of " + conversations.size(),
                agentEnded > conversations.size() * 0.25 && agentEnded < conversations.size() * 0.75);
    }

    @Test
    public void anAgentPickingUpStopsTheQueueAnnouncementsAndTheMenu() {
        // announcements back to back (4 s each) and a 30 s menu from the answer; the bridge comes at 22 s
        EventLog log = hour(inbound().agentEndsShare(0), 5, (network, e) -> {
            if (e.type() == ANSWERED) {
                network.play(e.callId(), "queue-position-3");
                network.collectDigits(e.callId(), 1, 30);
            }
            if (e.type() == PLAYED && e.detail().startsWith("queue-")) {
                network.play(e.callId(), e.detail().equals("queue-position-3") ? "queue-wait-2" : "queue-position-3");
            }
            if (e.type() == BRIDGED) {
                network.play(e.callId(), "agent-id-1042");
                network.collectDigits(e.callId(), 1, 5);
            }
        });

        String id = firstInbound(log);
        Instant answered = log.first(id, ANSWERED).at();
        Instant bridged = log.first(id, BRIDGED).at();
        assertEquals(answered.plus(BRIDGE_AFTER), bridged);
        List<CallEvent> played = log.of(id).stream().filter(e -> e.type() == PLAYED).toList();
        assertEquals("five announcements ended before the bridge; the sixth was cut off, then the agent's id played",
                List.of("queue-position-3", "queue-wait-2", "queue-position-3", "queue-wait-2", "queue-position-3", "agent-id-1042"),
                played.stream().map(CallEvent::detail).toList());
        for (int i = 0; i < 5; i++) assertEquals(answered.plusSeconds(4L * (i + 1)), played.get(i).at());
        assertEquals(bridged.plusSeconds(4), played.get(5).at());
        List<CallEvent> digits = log.of(id).stream().filter(e -> e.type() == DTMF).toList();
        assertEquals("only the collection started after the bridge reports", 1, digits.size());
        assertEquals(bridged.plusSeconds(5), digits.get(0).at());
        assertEquals(bridged.plus(TALK), log.last(id).at());
    }

    @Test
    public void theSameSeedGivesTheSameCallersAndSurveys() {
        Scenario.Builder scenario = inbound().talkTime(Distribution.lognormal(Duration.ofSeconds(90), 1.0)).digits(DigitChooser.random());
        BiConsumer<SimulatedNetwork, CallEvent> survey = (network, e) -> {
            if (e.type() == UNBRIDGED) network.play(e.callId(), "survey");
            if (e.type() == PLAYED) network.collectDigits(e.callId(), 1, 5);
        };
        List<CallEvent> first = hour(scenario, 7, survey).all();
        assertEquals(first, hour(scenario, 7, survey).all());
        assertNotEquals("another seed, other callers", first, hour(scenario, 8, survey).all());
        assertTrue("agents ended some conversations", first.stream().anyMatch(e -> e.type() == UNBRIDGED));
        assertTrue("callers rated", first.stream().anyMatch(e -> e.type() == DTMF && !e.detail().isEmpty()));
    }

    @Test
    public void outboundCallersAlwaysHangUpThemselves() {
        List<CallEvent> agentsWouldEnd = outboundCalls(people().agentEndsShare(1));
        assertTrue(agentsWouldEnd.stream().noneMatch(e -> e.type() == UNBRIDGED));
        List<CallEvent> hangups = agentsWouldEnd.stream().filter(e -> e.type() == HUNG_UP).toList();
        assertEquals(20, hangups.size());
        assertTrue(hangups.stream().allMatch(e -> e.party() == CallParty.CUSTOMER));
        assertEquals("the share changes nothing outbound", outboundCalls(people().agentEndsShare(0)), agentsWouldEnd);
    }

    /** 20 outbound calls, each bridged when answered. */
    private static List<CallEvent> outboundCalls(Scenario.Builder scenario) {
        VirtualTimeline timeline = new VirtualTimeline(T0);
        SimulatedNetwork network = new SimulatedNetwork(timeline, scenario.build(), 3);
        EventLog log = new EventLog();
        network.listen(log);
        network.listen(e -> {
            if (e.type() == ANSWERED) network.bridge(e.callId(), "agent-1");
        });
        for (int i = 0; i < 20; i++) network.originate(call("c" + i));
        timeline.runAll();
        assertEquals(20, log.all().stream().filter(e -> e.type() == RINGING).count());
        return log.all();
    }
}
