package io.bpohub.benchmarks.dialer;

import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.DurationSample;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.PacingStrategy;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.dialer.pacing.ForecastPacing;
import io.bpohub.telephony.sim.CallFate;
import io.bpohub.telephony.sim.SimulatedNetwork;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * A second reference, between the forecast strategy and the clairvoyant bound: it knows exactly when each agent will
 * be free (every connected call's talk time, from the simulator's oracle, and the wrap-up) and the scenario's true
 * answer probability of the hour, but not which calls a person will answer nor when: those stay the simulator's
 * dice. It decides with the forecast strategy's own rule (risk of the next call below a threshold that the same
 * controller keeps at the same abandon target, within the engine's budget), fed these exact figures instead of what
 * the campaign has learnt. What it gains over the forecast strategy is what better forecasts of agents could win;
 * what it still misses of the clairvoyant bound is, as far as its rule goes, the price of not knowing the answers.
 */
final class KnownFreeTimesPacing implements PacingStrategy {
    static final String NAME = "known-free-times";
    /**
     * Talk times as the forecast sees them: every call talks exactly this long, and an agent with r seconds of talk
     * left has talked this long less r. The forecast's chance that the agent is free by then is then 0 or 1 (a linear
     * ramp over one second, the samples' resolution).
     */
    private static final int ALWAYS = 86_400;
    private static final DurationSample EXACTLY_ALWAYS;

    static {
        int[] counts = new int[ALWAYS + 1];
        counts[ALWAYS] = 1_000;
        EXACTLY_ALWAYS = DurationSample.ofCounts(counts, 1_000.0 * ALWAYS);
    }

    private final SimulatedNetwork network;
    private final Duration ringTimeout;
    private final double wrapSeconds;

    KnownFreeTimesPacing(SimulatedNetwork network, Duration ringTimeout, Duration wrapUp) {
        this.network = network;
        this.ringTimeout = ringTimeout;
        this.wrapSeconds = wrapUp.toMillis() / 1000.0;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CampaignPacer newPacer(String campaignId, ZoneId zone) {
        Pacer pacer = new Pacer(new ForecastPacing().newPacer(campaignId, zone));
        network.listen(pacer::onEvent);
        return pacer;
    }

    private final class Pacer implements CampaignPacer {
        private final CampaignPacer forecast;
        /** Talk times of ringing calls a person will answer, known once they ring. */
        private final Map<String, Duration> talkOf = new HashMap<>();
        /** When each agent on a call (by endpoint) ends the talk. */
        private final Map<String, Instant> talkEndsAt = new HashMap<>();

        Pacer(CampaignPacer forecast) {
            this.forecast = forecast;
        }

        void onEvent(CallEvent event) {
            switch (event.type()) {
                case RINGING -> {
                    CallFate fate = network.fateOf(index(event.callId()), event.at(), ringTimeout);
                    if (fate.outcome() == CallFate.Outcome.PERSON) talkOf.put(event.callId(), fate.talk());
                }
                case BRIDGED -> {
                    Duration talk = talkOf.remove(event.callId());
                    if (talk != null) talkEndsAt.put(event.endpoint(), event.at().plus(talk));
                }
                case HUNG_UP -> talkOf.remove(event.callId());
                default -> {
                }
            }
        }

        @Override
        public int callsToPlace(PacingSnapshot s) {
            Instant now = s.now();
            talkEndsAt.values().removeIf(at -> !at.isAfter(now));
            double[] left = talkEndsAt.values().stream().mapToDouble(at -> Duration.between(now, at).toMillis() / 1000.0).sorted().toArray();
            // an agent whose talk ends this very instant may still count as on the call: nothing left to talk
            double[] onCall = new double[s.agentsOnCall()];
            for (int i = 0; i < onCall.length; i++) onCall[i] = ALWAYS - (i < left.length ? left[left.length - 1 - i] : 0);
            double[] wrapUp = new double[s.agentsInWrapUp()];
            for (int i = 0; i < wrapUp.length; i++) wrapUp[i] = s.wrapUpRemainingSeconds(i);
            double[] ringing = new double[s.callsRinging()];
            for (int i = 0; i < ringing.length; i++) ringing[i] = s.ringingElapsedSeconds(i);
            PacingSnapshot known = PacingSnapshot.builder().now(now).dialingEndsAt(s.dialingEndsAt()).policy(s.policy())
                    .agents(s.agentsReady(), s.agentsReserved(), s.agentsPaused())
                    .onCallElapsedSeconds(onCall).wrapUpRemainingSeconds(wrapUp).ringingElapsedSeconds(ringing)
                    .callsWaiting(s.callsWaiting())
                    .answerRate(network.scenario().answerProbability(now))
                    .times(EXACTLY_ALWAYS, s.answerDelays(), s.unansweredDelays(), wrapSeconds)
                    .tallies(s.callsPlacedToday(), s.today(), s.shortWindow(), s.longWindow())
                    .callsAtRiskAllowed(s.callsAtRiskAllowed())
                    .build();
            return forecast.callsToPlace(known);
        }

        private static long index(String callId) {
            return Long.parseLong(callId.substring(callId.lastIndexOf('-') + 1));
        }
    }
}
