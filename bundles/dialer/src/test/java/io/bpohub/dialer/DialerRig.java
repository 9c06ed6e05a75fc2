package io.bpohub.dialer;

import io.bpohub.api.dialer.AbandonPolicy;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.NumberSupply;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.telephony.sim.Distribution;
import io.bpohub.telephony.sim.DigitChooser;
import io.bpohub.telephony.sim.Scenario;
import io.bpohub.telephony.sim.SimulatedNetwork;
import io.bpohub.telephony.sim.VirtualTimeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A campaign dialing on the simulated network, on the virtual clock, with everything it reports collected; its inbound
 * queue shares the agents ({@link InboundCallers} queues callers to it).
 */
final class DialerRig {
    /** A Monday, 09:00 UTC. */
    static final Instant START = Instant.parse("2026-11-23T09:00:00Z");

    final VirtualTimeline timeline = new VirtualTimeline(START);
    final SimulatedNetwork network;
    /** The network as the dialer and the queue see it: with agents who may leave a call first. */
    final UnbridgingGateway gateway;
    final AgentPool agents = new AgentPool(timeline);
    final List<CallRecord> records = new ArrayList<>();
    final List<AgentStateChange> agentChanges = new ArrayList<>();
    final List<CallEvent> callEvents = new ArrayList<>();
    final CampaignDialer dialer;
    final CallQueue queue;

    DialerRig(Scenario scenario, CampaignSettings settings, PacingStrategy strategy, AbandonPolicy policy, NumberSupply numbers) {
        network = new SimulatedNetwork(timeline, scenario, 7);
        gateway = new UnbridgingGateway(network);
        gateway.listen(callEvents::add);
        agents.listen(agentChanges::add);
        dialer = new CampaignDialer(settings, gateway, agents, numbers, strategy, policy, records::add);
        queue = new CallQueue(settings.campaignId(), gateway, agents);
        dialer.shareAgentsWith(queue::callsWaiting);
    }

    /** People answer every call after 5 s and wait 30 s for an agent; talk 60 s. */
    static Scenario everyoneAnswers() {
        return everyoneAnswering().build();
    }

    /** As {@link #everyoneAnswers()}, and a caller rings in every second on average, waiting up to 2 h to be answered and served. */
    static Scenario everyoneAnswersAndCallsIn() {
        return everyoneAnswering().inboundPerHour(3600).queuePatience(Distribution.constant(Duration.ofHours(2))).build();
    }

    /** As {@link #everyoneAnswersAndCallsIn()}, with callers pressing the keys {@code digits} gives when asked. */
    static Scenario everyoneAnswersAndCallsIn(DigitChooser digits) {
        return everyoneAnswering().inboundPerHour(3600).queuePatience(Distribution.constant(Duration.ofHours(2))).digits(digits).build();
    }

    private static Scenario.Builder everyoneAnswering() {
        return Scenario.builder().answerProbability(1.0)
                .ringTime(Duration.ofSeconds(5), Duration.ofSeconds(5))
                .patience(Distribution.constant(Duration.ofSeconds(30)))
                .talkTime(Distribution.constant(Duration.ofSeconds(60)));
    }

    /** Dialing and the inbound queue, the dialer first as in a campaign run: its answered calls come before queued callers. */
    void start() {
        dialer.start();
        queue.start();
    }

    void login(String agentId, Duration wrapUp, String... skills) {
        agents.login(agentId, "sip:" + agentId, wrapUp, Set.of(skills));
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
