package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.NumberSupply;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.telephony.sim.Distribution;
import io.bpohub.telephony.sim.Scenario;
import io.bpohub.telephony.sim.SimulatedNetwork;
import io.bpohub.telephony.sim.VirtualTimeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A campaign dialing on the simulated network, on the virtual clock, with everything it reports collected. */
final class DialerRig {
    /** A Monday, 09:00 UTC. */
    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    final VirtualTimeline timeline = new VirtualTimeline(START);
    final SimulatedNetwork network;
    final AgentPool agents = new AgentPool(timeline);
    final List<CallRecord> records = new ArrayList<>();
    final List<AgentStateChange> agentChanges = new ArrayList<>();
    final List<CallEvent> callEvents = new ArrayList<>();
    final CampaignDialer dialer;

    DialerRig(Scenario scenario, CampaignSettings settings, PacingStrategy strategy, AbandonPolicy policy, NumberSupply numbers) {
        network = new SimulatedNetwork(timeline, scenario, 7);
        network.listen(callEvents::add);
        agents.listen(agentChanges::add);
        dialer = new CampaignDialer(settings, network, agents, numbers, strategy, policy, records::add);
    }

    /** People answer every call after 5 s and wait 30 s for an agent; talk 60 s. */
    static Scenario everyoneAnswers() {
        return Scenario.builder().answerProbability(1.0)
                .ringTime(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .patience(Distribution.constant(Duration.ofSeconds(30)))
                .talkTime(Distribution.constant(Duration.ofSeconds(60)))
                .build();
    }

    void login(String agentId, Duration wrapUp) {
        agents.login(agentId, "sip:" + agentId, wrapUp);
    }

    /** Runs {@code task} on the timeline {@code offset} after the start. */
    void at(Duration offset, Runnable task) {
        timeline.schedule(START.plus(offset), task);
    }

    void runFor(Duration length) {
        timeline.runUntil(START.plus(length));
    }

    /** Stops dialing at {@code offset} and lets the calls in flight end. */
    void stopAndDrain(Duration offset) {
        runFor(offset);
        dialer.close();
        timeline.runUntil(timeline.now().plus(Duration.ofHours(2)));
    }
}
