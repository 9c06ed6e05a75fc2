package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.CampaignPlan;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.DialerRun;
import io.bpohub.api.dialer.QueueListener;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.dialer.pacing.ForecastPacing;
import io.bpohub.telephony.sim.Distribution;
import io.bpohub.telephony.sim.RealTimeline;
import io.bpohub.telephony.sim.Scenario;
import io.bpohub.telephony.sim.SimulatedNetwork;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * A campaign run as the platform drives it, on the real-time timeline: the platform queues callers from the gateway's
 * event listeners, which run on the timeline's own thread, so queuing must not wait for the timeline.
 */
public class CampaignRunTest {
    private static final long WAIT_SECONDS = 10;
    private final RealTimeline timeline = new RealTimeline("campaign-run-test");
    /** Ten callers a second, each talking 3 s once put through. */
    private final SimulatedNetwork network = new SimulatedNetwork(timeline, Scenario.builder().inboundPerHour(36_000)
            .queuePatience(Distribution.constant(Duration.ofMinutes(1))).talkTime(Distribution.constant(Duration.ofSeconds(3))).build(), 3);
    private final BlockingQueue<AgentStateChange> agentChanges = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> connected = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> overflowed = new LinkedBlockingQueue<>();

    @AfterEach
    public void stopTheNetwork() {
        network.close();
        timeline.close();
    }

    @Test
    public void callersQueuedFromTheGatewaysListenersReachTheAgentWhoLeavesAfterTheCallAndTheRestOverflowOnClose() throws Exception {
        DialerComponent dialer = new DialerComponent();
        dialer.addStrategy(new ForecastPacing());
        DialerRun run = dialer.start(new CampaignPlan("acme/help", DialMode.INBOUND, null, ZoneOffset.UTC, AbandonPolicy.DEFAULT, null),
                network, InMemoryNumberSupply.endless(), record -> { }, agentChanges::add);
        run.login("ann", "sip:ann", Duration.ofSeconds(30), Set.of("en"));
        QueueListener listener = new QueueListener() {
            @Override
            public void connected(String callId, String agentId, Instant at) {
                connected.add(callId + " " + agentId);
            }

            @Override
            public void overflowed(String callId, Instant at) {
                overflowed.add(callId);
            }
        };
        // the platform answers the first two callers and queues them for English speakers
        AtomicInteger callers = new AtomicInteger();
        network.listen(event -> {
            if (event.type() == CallEventType.INBOUND && callers.getAndIncrement() < 2) {
                network.answer(event.callId());
                run.enqueue(new QueuedCall(event.callId(), "help", null, Set.of("en"), null, null), listener);
            }
        });

        assertEquals("sim-in0 ann", connected.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        // ann leaves during the call: she goes when it ends, with no wrap-up (30 s) left to wait for
        run.logout("ann");
        List<AgentState> states = new ArrayList<>();
        for (AgentStateChange change = next(); change.to() != AgentState.LOGGED_OUT; change = next()) states.add(change.to());
        assertEquals(List.of(AgentState.READY, AgentState.ON_CALL, AgentState.WRAP_UP), states);
        assertEquals(1, run.snapshot().callsWaiting());

        run.close();
        assertEquals("sim-in1", overflowed.poll(WAIT_SECONDS, TimeUnit.SECONDS));
        assertEquals(List.of(), List.copyOf(connected));
    }

    private AgentStateChange next() throws InterruptedException {
        AgentStateChange change = agentChanges.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(change, "no agent state change within " + WAIT_SECONDS + " s");
        return change;
    }
}
