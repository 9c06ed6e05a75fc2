package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.CampaignPlan;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.DialerRun;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.QueueListener;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.api.telephony.CallEvent;
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
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An agent transfers the call they are on, on the real-time simulator: an inbound caller to a ready agent of the
 * campaign (who is then on the call, and wraps up when it ends), an outbound call to an outside number (nobody of
 * the campaign is on it any more, and its record names the agent who took it). The agent who transferred wraps up
 * once.
 */
public class TransferTest {
    private static final long WAIT_SECONDS = 10;
    private final RealTimeline timeline = new RealTimeline("transfer-test");
    /** Everyone answers within a second and talks 2 s; ten callers a second come in (answered only when a test says). */
    private final SimulatedNetwork network = new SimulatedNetwork(timeline, Scenario.builder().answerProbability(1.0)
            .ringTime(Duration.ofMillis(100), Duration.ofMillis(300)).talkTime(Distribution.constant(Duration.ofSeconds(2)))
            .inboundPerHour(36_000).queuePatience(Distribution.constant(Duration.ofMinutes(1))).build(), 5);
    private final BlockingQueue<AgentStateChange> changes = new LinkedBlockingQueue<>();
    private final BlockingQueue<CallRecord> records = new LinkedBlockingQueue<>();
    private final BlockingQueue<CallEvent> transfers = new LinkedBlockingQueue<>();
    private final BlockingQueue<CallEvent> consultations = new LinkedBlockingQueue<>();
    private DialerRun run;

    @AfterEach
    public void stop() {
        if (run != null) run.close();
        network.close();
        timeline.close();
    }

    @Test
    public void aCallTransferredToAReadyAgentEndsWithThatAgent() throws Exception {
        AgentStateChange annOnCall = annTakesAnInboundCaller();
        run.login("bob", "sip:bob", Duration.ofSeconds(30));
        run.pause("bob", "coaching");
        IllegalStateException notReady = assertThrows(IllegalStateException.class, () -> run.transfer("ann", "bob"));
        assertTrue(notReady.getMessage().contains("not ready"), notReady.getMessage());
        assertThrows(IllegalStateException.class, () -> run.transfer("ann", "ann"));

        run.ready("bob");
        run.transfer("ann", "bob");
        CallEvent transferred = transfers.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(transferred);
        assertEquals(annOnCall.callId(), transferred.callId());
        assertEquals("sip:bob", transferred.endpoint());
        assertEquals(AgentState.WRAP_UP, next("ann", AgentState.WRAP_UP).to());
        AgentStateChange bobOnCall = next("bob", AgentState.ON_CALL);
        assertEquals(annOnCall.callId(), bobOnCall.callId());
        assertEquals(annOnCall.contactId(), bobOnCall.contactId());

        assertEquals("17", bobOnCall.contactId());

        // the call ends after the talk time: bob wraps up, ann does not wrap up again
        assertNotNull(next("bob", AgentState.WRAP_UP));
        assertThrows(IllegalStateException.class, () -> run.transfer("ann", "+442071838750"), "ann is on no call now");
        assertNull(changes.poll(300, TimeUnit.MILLISECONDS));
    }

    @Test
    public void anOutboundCallTransferredToAnOutsideNumberLeavesTheCampaignsAgentsFreeAndIsRecordedUnderItsAgent() throws Exception {
        start(DialMode.PROGRESSIVE);
        run.login("ann", "sip:ann", Duration.ofSeconds(30));
        AgentStateChange onCall = next("ann", AgentState.ON_CALL);
        run.transfer("ann", "+442071838750");
        assertEquals("+442071838750", transfers.poll(WAIT_SECONDS, TimeUnit.SECONDS).endpoint());
        AgentStateChange wrapUp = next("ann", AgentState.WRAP_UP);
        run.pause("ann", "lunch");
        assertEquals(AgentState.PAUSED, next("ann", AgentState.PAUSED).to());

        CallRecord record = recordOf(onCall.callId());
        assertEquals(CallOutcome.CONNECTED, record.outcome());
        assertEquals("ann", record.agentId());
        assertTrue(record.endedAt().isAfter(wrapUp.at()), "the call went on after ann left it");
        // the end of the transferred call moves nobody: ann stays paused
        assertNull(changes.poll(300, TimeUnit.MILLISECONDS));
    }

    @Test
    public void anAgentConsultsAColleagueWhoIsReservedThenGoesBackToTheCallerAndHandsTheCallToAnOutsideNumber() throws Exception {
        AgentStateChange annOnCall = annTakesAnInboundCaller();
        run.login("bob", "sip:bob", Duration.ofSeconds(30));
        run.pause("bob", "coaching");
        IllegalStateException notReady = assertThrows(IllegalStateException.class, () -> run.consult("ann", "bob"));
        assertTrue(notReady.getMessage().contains("not ready"), notReady.getMessage());
        assertThrows(IllegalStateException.class, () -> run.endConsultation("ann"), "ann consults nobody yet");

        // bob, ready, is reserved for the consultation with the contact on screen
        run.ready("bob");
        next("bob", AgentState.READY);
        run.consult("ann", "bob");
        AgentStateChange bobReserved = next("bob", AgentState.RESERVED);
        assertEquals(annOnCall.contactId(), bobReserved.contactId());
        assertEquals("sip:bob", consultations.poll(WAIT_SECONDS, TimeUnit.SECONDS).endpoint());
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> run.consult("ann", "+442071838750"));
        assertTrue(twice.getMessage().contains("consulting bob already"), twice.getMessage());
        // ann goes back to the caller: bob is ready again; she is still on the call and consults an outside number
        run.endConsultation("ann");
        assertEquals(AgentState.READY, next("bob", AgentState.READY).to());
        run.consult("ann", "+442071838750");
        assertEquals("+442071838750", consultations.poll(WAIT_SECONDS, TimeUnit.SECONDS).endpoint());
        run.transfer("ann", "+442071838750");
        assertEquals("+442071838750", transfers.poll(WAIT_SECONDS, TimeUnit.SECONDS).endpoint());
        assertNotNull(next("ann", AgentState.WRAP_UP));
        PacingSnapshot after = run.snapshot();
        assertEquals(List.of(1, 0, 0), List.of(after.agentsReady(), after.agentsReserved(), after.agentsOnCall()),
                "bob stays ready, nobody of the campaign is on the call");
    }

    @Test
    public void aConsultedColleagueTakesTheCallWhenTheTransferCompletes() throws Exception {
        AgentStateChange annOnCall = annTakesAnInboundCaller();
        run.login("bob", "sip:bob", Duration.ofSeconds(30));
        next("bob", AgentState.READY);
        run.consult("ann", "bob");
        next("bob", AgentState.RESERVED);
        run.transfer("ann", "bob");
        assertEquals("sip:bob", transfers.poll(WAIT_SECONDS, TimeUnit.SECONDS).endpoint());
        AgentStateChange bobOnCall = next("bob", AgentState.ON_CALL);
        assertEquals(annOnCall.callId(), bobOnCall.callId());
        assertEquals(annOnCall.contactId(), bobOnCall.contactId());
        assertNotNull(next("bob", AgentState.WRAP_UP), "the call ends with bob");
    }

    @Test
    public void aCallReleasedByItsAgentStaysOnTheLineForTheNextQueueAndEndsWithTheAgentThere() throws Exception {
        AgentStateChange annOnCall = annTakesAnInboundCaller();
        BlockingQueue<CallEvent> unbridged = new LinkedBlockingQueue<>();
        network.listen(event -> {
            if (event.type() == CallEventType.UNBRIDGED) unbridged.add(event);
        });
        run.release("ann");
        assertEquals("sip:ann", unbridged.poll(WAIT_SECONDS, TimeUnit.SECONDS).endpoint());
        assertNotNull(next("ann", AgentState.WRAP_UP));
        assertThrows(IllegalStateException.class, () -> run.release("ann"), "ann is on no call now");
        // the platform queues the caller again (as another campaign's queue would): bob takes the rest of the call
        run.login("bob", "sip:bob", Duration.ofSeconds(30));
        run.enqueue(new QueuedCall(annOnCall.callId(), "billing", "17", Set.of(), null, null), new QueueListener() {
            @Override
            public void connected(String callId, String agentId, Instant at) {
            }

            @Override
            public void overflowed(String callId, Instant at) {
            }
        });
        AgentStateChange bobOnCall = next("bob", AgentState.ON_CALL);
        assertEquals(List.of(annOnCall.callId(), "17"), List.of(bobOnCall.callId(), bobOnCall.contactId()));
        assertNotNull(next("bob", AgentState.WRAP_UP), "the call ends with bob");
    }

    /** An inbound campaign where ann is put through to the first caller, contact 17; her change to ON_CALL. */
    private AgentStateChange annTakesAnInboundCaller() throws InterruptedException {
        start(DialMode.INBOUND);
        run.login("ann", "sip:ann", Duration.ofSeconds(30));
        AtomicBoolean first = new AtomicBoolean(true);
        network.listen(event -> {
            if (event.type() == CallEventType.INBOUND && first.getAndSet(false)) {
                network.answer(event.callId());
                run.enqueue(new QueuedCall(event.callId(), "help", "17", Set.of(), null, null), new QueueListener() {
                    @Override
                    public void connected(String callId, String agentId, Instant at) {
                    }

                    @Override
                    public void overflowed(String callId, Instant at) {
                    }
                });
            }
        });
        return next("ann", AgentState.ON_CALL);
    }

    private void start(DialMode mode) {
        DialerComponent dialer = new DialerComponent();
        dialer.addStrategy(new ForecastPacing());
        network.listen(event -> {
            if (event.type() == CallEventType.TRANSFERRED) transfers.add(event);
            if (event.type() == CallEventType.CONSULTING) consultations.add(event);
        });
        run = dialer.start(new CampaignPlan("acme/sales", mode, null, ZoneOffset.UTC, AbandonPolicy.DEFAULT, null),
                network, InMemoryNumberSupply.endless(), records::add, changes::add);
    }

    /** The next change of {@code agent} into {@code state}, skipping the agent's other changes and everyone else's. */
    private AgentStateChange next(String agent, AgentState state) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            AgentStateChange change = changes.poll(100, TimeUnit.MILLISECONDS);
            if (change != null && change.agentId().equals(agent) && change.to() == state) return change;
        }
        throw new AssertionError(agent + " did not become " + state + " within " + WAIT_SECONDS + " s");
    }

    private CallRecord recordOf(String callId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            CallRecord record = records.poll(100, TimeUnit.MILLISECONDS);
            if (record != null && callId.equals(record.callId())) return record;
        }
        throw new AssertionError("no record of call " + callId + " within " + WAIT_SECONDS + " s");
    }
}
