package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static io.bpohub.api.telephony.CallEventType.ANSWERED;
import static io.bpohub.api.telephony.CallEventType.BRIDGED;
import static io.bpohub.api.telephony.CallEventType.DTMF;
import static io.bpohub.api.telephony.CallEventType.HUNG_UP;
import static io.bpohub.api.telephony.CallEventType.INBOUND;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.T0;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.assertMessage;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class InboundAndIvrTest {
    private static final Duration QUEUE_PATIENCE = Duration.ofSeconds(45);
    private final VirtualTimeline timeline = new VirtualTimeline(T0);
    private final EventLog log = new EventLog();

    private SimulatedNetwork network(Scenario.Builder scenario) {
        SimulatedNetwork network = new SimulatedNetwork(timeline, scenario.inboundPerHour(60)
                .queuePatience(Distribution.constant(QUEUE_PATIENCE)).talkTime(Distribution.constant(Duration.ofSeconds(100))).build(), 5);
        network.listen(log);
        return network;
    }

    private String firstInbound() {
        return log.all().stream().filter(e -> e.type() == INBOUND).findFirst().orElseThrow().callId();
    }

    @Test
    public void anInboundCallerNobodyTakesHangsUpWhenQueuePatienceRunsOut() {
        SimulatedNetwork network = network(Scenario.builder());
        network.listen(e -> {
            if (e.type() == INBOUND) network.answer(e.callId());
        });
        timeline.runUntil(T0.plus(Duration.ofHours(1)));

        String id = firstInbound();
        assertEquals(List.of(INBOUND, ANSWERED, HUNG_UP), log.typesOf(id));
        CallEvent arrival = log.first(id, INBOUND);
        assertEquals("+18005550100", arrival.to());
        assertTrue(arrival.from(), arrival.from().matches("\\+1555[0-9]{7}"));
        assertEquals(CallParty.CUSTOMER, log.last(id).party());
        assertEquals(arrival.at().plus(QUEUE_PATIENCE), log.last(id).at());
        long arrivals = log.all().stream().filter(e -> e.type() == INBOUND).count();
        assertTrue("about 60 callers an hour: " + arrivals, arrivals > 30 && arrivals < 100);
    }

    @Test
    public void anInboundCallerBridgedInTimeTalksUntilDone() {
        SimulatedNetwork network = network(Scenario.builder().agentEndsShare(0));
        network.listen(e -> {
            if (e.type() == INBOUND) network.answer(e.callId());
            if (e.type() == ANSWERED) timeline.schedule(e.at().plusSeconds(20), () -> network.bridge(e.callId(), "agent-3"));
        });
        timeline.runUntil(T0.plus(Duration.ofHours(1)));

        String id = firstInbound();
        assertEquals(List.of(INBOUND, ANSWERED, BRIDGED, HUNG_UP), log.typesOf(id));
        assertEquals(log.first(id, BRIDGED).at().plusSeconds(100), log.last(id).at());
    }

    @Test
    public void anInboundCallMustBeAnsweredBeforeItIsBridged() {
        SimulatedNetwork network = network(Scenario.builder());
        network.listen(e -> {
            if (e.type() == INBOUND) assertMessage("cannot bridge call " + e.callId() + ": it is ARRIVED, and that needs ANSWERED",
                    () -> network.bridge(e.callId(), "agent-3"));
        });
        timeline.runUntil(T0.plus(Duration.ofHours(1)));
        assertTrue(log.all().size() > 0);
    }

    @Test
    public void theIvrCollectsScriptedDigitsAndTimesOutWhenTheCallerStopsPressing() {
        SimulatedNetwork network = network(Scenario.builder().digits(DigitChooser.scripted("2", "42#", "12345", "9")));
        network.listen(e -> {
            if (e.type() == INBOUND) network.answer(e.callId());
            if (e.type() == ANSWERED || e.type() == DTMF) network.collectDigits(e.callId(), 3, 5);
        });
        timeline.runUntil(T0.plus(Duration.ofHours(1)));

        String id = firstInbound();
        List<CallEvent> digits = log.of(id).stream().filter(e -> e.type() == DTMF).toList();
        assertEquals(List.of("2", "42", "123", "9", ""), digits.stream().limit(5).map(CallEvent::detail).toList());
        Instant answered = log.first(id, ANSWERED).at();
        assertEquals("a short answer waits for the timeout", answered.plusSeconds(5), digits.get(0).at());
        assertEquals("# ends the input", digits.get(0).at().plusSeconds(3), digits.get(1).at());
        assertEquals("the last wanted digit ends the input", digits.get(1).at().plusSeconds(3), digits.get(2).at());
        assertEquals("after the script the caller presses nothing", digits.get(3).at().plusSeconds(5), digits.get(4).at());
        assertEquals(CallEventType.HUNG_UP, log.last(id).type());
    }

    @Test
    public void randomDigitsAreReproducible() {
        Scenario.Builder randomCallers = Scenario.builder().digits(DigitChooser.random());
        List<String> first = collectRandomDigits(network(randomCallers));
        assertEquals(first, collectRandomDigits(new SimulatedNetwork(new VirtualTimeline(T0), randomCallers.inboundPerHour(60).build(), 5)));
        assertTrue(first.toString(), first.stream().allMatch(d -> d.matches("[0-9]{1,4}")));
    }

    private static List<String> collectRandomDigits(SimulatedNetwork network) {
        EventLog events = new EventLog();
        network.listen(events);
        network.listen(e -> {
            if (e.type() == INBOUND) network.answer(e.callId());
            if (e.type() == ANSWERED) network.collectDigits(e.callId(), 4, 10);
        });
        ((VirtualTimeline) network.timeline()).runUntil(T0.plus(Duration.ofHours(1)));
        return events.all().stream().filter(e -> e.type() == DTMF).map(CallEvent::detail).toList();
    }
}
