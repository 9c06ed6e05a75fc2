package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.dialer.pacing.ForecastPacing;
import io.bpohub.telephony.sim.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class DialModesTest {
    private static DialerRig rig(DialMode mode, PacingStrategy strategy, int agents) {
        DialerRig rig = new DialerRig(Scenario.builder().build(), CampaignSettings.of("c", mode, ZoneOffset.UTC), strategy,
                AbandonPolicy.DEFAULT, InMemoryNumberSupply.endless());
        for (int i = 0; i < agents; i++) rig.login("agent" + i, Duration.ofSeconds(15));
        return rig;
    }

    @Test
    public void pausedAgentsGetNoCalls() {
        DialerRig rig = rig(DialMode.PREDICTIVE, new OverDialing(), 3);
        rig.agents.pause("agent1", "training");
        rig.dialer.start();
        rig.runFor(Duration.ofHours(2));

        assertTrue(rig.records.stream().filter(r -> r.outcome() == CallOutcome.CONNECTED).count() > 50);
        assertTrue(rig.records.stream().noneMatch(r -> "agent1".equals(r.agentId())));
        assertTrue(rig.agentChanges.stream().filter(c -> c.agentId().equals("agent1")).noneMatch(c -> c.to().isBusy()));
        assertEquals(AgentState.PAUSED, rig.agents.state("agent1"));
    }

    @Test
    public void previewReservesTheAgentWithTheContactBeforeDialing() {
        DialerRig rig = rig(DialMode.PREVIEW, null, 2);
        rig.dialer.start();
        rig.runFor(Duration.ofHours(1));

        assertTrue(rig.records.size() > 20);
        for (CallRecord call : rig.records) {
            AgentStateChange reserved = rig.agentChanges.stream()
                    .filter(c -> c.to() == AgentState.RESERVED && call.contactId().equals(c.contactId()))
                    .findFirst().orElseThrow();
            assertEquals(call.agentId(), reserved.agentId());
            // the agent sees the contact for the preview time, then the call is placed for that agent
            assertEquals(reserved.at().plus(Duration.ofSeconds(10)), call.originatedAt());
            assertFalse(call.outcome() == CallOutcome.ABANDONED);
        }
    }

    @Test
    public void progressiveNeverHasMoreCallsInFlightThanReadyAgents() {
        DialerRig rig = rig(DialMode.PROGRESSIVE, null, 5);
        rig.dialer.start();
        int[] worstExcess = {Integer.MIN_VALUE};
        // listening after the dialer: sees each state once the dialer has acted on the event
        rig.network.listen(event -> worstExcess[0] = Math.max(worstExcess[0],
                rig.dialer.callsInFlight() - rig.agents.count(AgentState.READY)));
        rig.runFor(Duration.ofHours(2));

        assertTrue(worstExcess[0] <= 0);
        assertTrue(rig.records.stream().filter(r -> r.outcome() == CallOutcome.CONNECTED).count() > 100);
        assertTrue(rig.records.stream().noneMatch(r -> r.outcome() == CallOutcome.ABANDONED));
    }

    @Test
    public void everyOriginatedCallProducesExactlyOneCallRecord() {
        DialerRig rig = rig(DialMode.PREDICTIVE, new ForecastPacing(), 5);
        rig.dialer.start();
        rig.stopAndDrain(Duration.ofHours(3));

        long originated = rig.network.nextCallIndex();
        assertTrue(originated > 500);
        assertEquals(originated, rig.records.size());
        Set<String> expected = LongStream.range(0, originated).mapToObj(n -> "sim-" + n).collect(Collectors.toSet());
        assertEquals(expected, rig.records.stream().map(CallRecord::callId).collect(Collectors.toSet()));
        assertEquals(0, rig.network.liveCalls());
    }
}
