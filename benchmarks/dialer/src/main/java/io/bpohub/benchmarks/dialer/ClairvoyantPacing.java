package io.bpohub.benchmarks.dialer;

import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.telephony.sim.CallFate;
import io.bpohub.telephony.sim.SimulatedNetwork;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The bound no real strategy reaches: it knows from the simulator's oracle what every call will do (who answers and
 * when, how long they talk) and places each call a person will answer just in time for the agent who will take
 * it, within the connect time, so agents never wait for a person and no call is abandoned. Calls nobody will answer
 * go out at once. It dials through the same engine, so the engine's budget rules apply to it too.
 */
final class ClairvoyantPacing implements PacingStrategy {
    /** Calls the bound asks for at most per tick (the engine caps calls in flight anyway). */
    private static final int MOST_PER_TICK = 200;

    private final SimulatedNetwork network;
    private final Duration ringTimeout;
    private final Duration wrapUp;
    private final Duration connectWithin;

    ClairvoyantPacing(SimulatedNetwork network, Duration ringTimeout, Duration wrapUp, Duration connectWithin) {
        this.network = network;
        this.ringTimeout = ringTimeout;
        this.wrapUp = wrapUp;
        this.connectWithin = connectWithin;
    }

    @Override
    public String name() {
        return "clairvoyant";
    }

    @Override
    public CampaignPacer newPacer(String campaignId, ZoneId zone) {
        Pacer pacer = new Pacer();
        network.listen(pacer::onEvent);
        return pacer;
    }

    private final class Pacer implements CampaignPacer {
        /** Placed calls a person will answer (or has answered) that no agent has yet, with their fate and start. */
        private final Map<String, Instant> personAnswersAt = new HashMap<>();
        private final Map<String, CallFate> fates = new HashMap<>();
        /** When each agent on a call (by endpoint) will be ready again. */
        private final Map<String, Instant> agentFreeAt = new HashMap<>();

        void onEvent(CallEvent event) {
            switch (event.type()) {
                case RINGING -> {
                    CallFate fate = network.fateOf(index(event.callId()), event.at(), ringTimeout);
                    if (fate.outcome() == CallFate.Outcome.PERSON) {
                        personAnswersAt.put(event.callId(), event.at().plus(fate.after()));
                        fates.put(event.callId(), fate);
                    }
                }
                case BRIDGED -> {
                    personAnswersAt.remove(event.callId());
                    CallFate fate = fates.remove(event.callId());
                    if (fate != null) agentFreeAt.put(event.endpoint(), event.at().plus(fate.talk()).plus(wrapUp));
                }
                case HUNG_UP -> {
                    personAnswersAt.remove(event.callId());
                    fates.remove(event.callId());
                }
                default -> {
                }
            }
        }

        @Override
        public int callsToPlace(PacingSnapshot s) {
            Instant now = s.now();
            // when agents are free: the ready ones now, the others when their known talk and wrap-up end
            PriorityQueue<Instant> free = new PriorityQueue<>();
            for (int i = 0; i < s.agentsReady(); i++) free.add(now);
            agentFreeAt.values().removeIf(at -> !at.isAfter(now));
            free.addAll(agentFreeAt.values());
            // people already answering or about to, in answer order, take the first free agents
            personAnswersAt.entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(answer -> take(free, answer.getValue(), fates.get(answer.getKey())));
            long next = network.nextCallIndex();
            int calls = 0;
            while (calls < MOST_PER_TICK) {
                CallFate fate = network.fateOf(next + calls, now, ringTimeout);
                if (fate.outcome() == CallFate.Outcome.PERSON) {
                    Instant answer = now.plus(fate.after());
                    Duration tolerance = min(connectWithin, fate.patience()).minusMillis(1);
                    // too early: the person would answer before an agent can take the call; wait for a later tick
                    if (free.isEmpty() || free.peek().isAfter(answer.plus(tolerance))) break;
                    take(free, answer, fate);
                }
                calls++;
            }
            return calls;
        }

        /** The first free agent takes the person answering at {@code answer} and is free again after the talk and wrap-up. */
        private void take(PriorityQueue<Instant> free, Instant answer, CallFate fate) {
            if (free.isEmpty()) return;
            Instant agent = free.poll();
            Instant start = agent.isAfter(answer) ? agent : answer;
            free.add(start.plus(fate.talk()).plus(wrapUp));
        }

        private static Duration min(Duration a, Duration b) {
            return a.compareTo(b) <= 0 ? a : b;
        }

        private static long index(String callId) {
            return Long.parseLong(callId.substring(callId.lastIndexOf('-') + 1));
        }
    }
}
