package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.CallParty;
import org.junit.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import static io.bpohub.telephony.sim.SimulatedNetworkTest.RING_TIMEOUT;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.T0;
import static io.bpohub.telephony.sim.SimulatedNetworkTest.call;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;

/** Same seed, same calls: same customers, whatever the platform does with the other calls. */
public class ReproducibilityTest {
    private static final int CALLS = 2_000;
    private static final Duration SPACING = Duration.ofSeconds(7);
    private static final Scenario S3 = Scenario.builder().answerProbabilityFrom(9, 0.08, 0.12, 0.20, 0.25, 0.15, 0.22, 0.35, 0.30).build();

    /** Places {@link #CALLS} calls 7 s apart; {@code platform} reacts to each event. Returns every event. */
    private static List<CallEvent> run(long seed, BiConsumer<SimulatedNetwork, CallEvent> platform) {
        VirtualTimeline timeline = new VirtualTimeline(T0);
        SimulatedNetwork network = new SimulatedNetwork(timeline, S3, seed);
        List<CallEvent> events = new ArrayList<>();
        network.listen(events::add);
        network.listen(e -> platform.accept(network, e));
        for (int i = 0; i < CALLS; i++) {
            timeline.schedule(T0.plus(SPACING.multipliedBy(i)), () -> network.originate(call("c")));
        }
        timeline.runAll();
        return events;
    }

    private static void bridgeEveryAnswer(SimulatedNetwork network, CallEvent event) {
        if (event.type() == CallEventType.ANSWERED) network.bridge(event.callId(), "agent-1");
    }

    @Test
    public void theSameSeedAndCallsGiveIdenticalEvents() {
        List<CallEvent> first = run(7, ReproducibilityTest::bridgeEveryAnswer);
        assertEquals(first, run(7, ReproducibilityTest::bridgeEveryAnswer));
        assertNotEquals("another seed, other customers", first, run(8, ReproducibilityTest::bridgeEveryAnswer));
    }

    @Test
    public void theFateOfCallNDoesNotDependOnHowOtherCallsAreHandled() {
        List<CallEvent> bridged = run(7, ReproducibilityTest::bridgeEveryAnswer);
        List<CallEvent> droppedEveryOther = run(7, (network, event) -> {
            long n = Long.parseLong(event.callId().substring("sim-".length()));
            if (event.type() == CallEventType.RINGING && n % 2 == 1) network.hangup(event.callId(), CallParty.PLATFORM);
            if (event.type() == CallEventType.ANSWERED) network.hangup(event.callId(), CallParty.PLATFORM);
        });
        for (int n = 0; n < CALLS; n += 2) {
            String id = "sim-" + n;
            assertEquals("the reaction of " + id, reaction(bridged, id), reaction(droppedEveryOther, id));
        }
    }

    @Test
    public void theOracleTellsWhatEachCallWillDo() {
        VirtualTimeline timeline = new VirtualTimeline(T0);
        SimulatedNetwork network = new SimulatedNetwork(timeline, S3, 11);
        EventLog log = new EventLog();
        network.listen(log);
        List<CallFate> foretold = new ArrayList<>();
        for (int i = 0; i < CALLS; i++) {
            timeline.schedule(T0.plus(SPACING.multipliedBy(i)), () -> {
                foretold.add(network.fateOf(network.nextCallIndex(), timeline.now(), RING_TIMEOUT));
                network.originate(call("c"));
            });
        }
        network.listen(event -> bridgeEveryAnswer(network, event));
        timeline.runAll();

        for (CallFate fate : foretold) {
            String id = "sim-" + fate.index();
            List<CallEvent> events = log.of(id);
            Instant start = events.get(0).at();
            CallEvent reaction = events.get(1);
            assertEquals(id, expectedType(fate.outcome()), reaction.type());
            assertEquals(id, start.plus(fate.after()), reaction.at());
            Instant end = events.get(events.size() - 1).at();
            if (fate.outcome() == CallFate.Outcome.PERSON) assertEquals(id + " talked", reaction.at().plus(fate.talk()), end);
            if (fate.outcome() == CallFate.Outcome.MACHINE) assertEquals(id + " machine", reaction.at().plus(fate.patience()), end);
        }
    }

    private static CallEventType expectedType(CallFate.Outcome outcome) {
        return switch (outcome) {
            case PERSON, MACHINE -> CallEventType.ANSWERED;
            case BUSY -> CallEventType.BUSY;
            case NO_ANSWER -> CallEventType.NO_ANSWER;
            case INVALID_NUMBER -> CallEventType.INVALID_NUMBER;
        };
    }

    /** How the far end reacted to the call: the event after RINGING, its time and detail. */
    private static String reaction(List<CallEvent> events, String callId) {
        List<CallEvent> call = events.stream().filter(e -> e.callId().equals(callId)).toList();
        CallEvent reaction = call.get(1);
        return reaction.type() + " at " + reaction.at() + " " + reaction.detail();
    }
}
