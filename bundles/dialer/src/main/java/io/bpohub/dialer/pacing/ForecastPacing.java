package io.bpohub.dialer.pacing;

import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.DurationSample;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.PacingStrategy;
import org.osgi.service.component.annotations.Component;

import java.time.ZoneId;
import java.util.Arrays;

/**
 * The project's predictive pacing: places a call when the chance that it would be abandoned, if answered, is below
 * a risk threshold that an abandon-budget controller keeps the campaign's abandon rate at {@link #TARGET}.
 * <p>
 * Forecast, second by second over the time a call placed now could be answered:
 * <ul>
 * <li>agents free by then: the ready ones, those in wrap-up whose timeout falls before, and each agent on a call
 *     with the chance, from the campaign's own talk times given how long it has talked already, that the talk and a
 *     mean wrap-up end before;</li>
 * <li>people answering by then: those who already wait, each ringing call with its chance of being answered by a
 *     person by then given how long it has rung (answer and no-answer delays learnt from the campaign's calls), and
 *     the new calls placed this tick.</li>
 * </ul>
 * A new call answered at time t is abandoned when the people answered before it are at least the agents free by
 * t plus the connect time; the chance of that comes from the exact distributions of both counts (sums of
 * independent yes/no events, {@link EventCount}), weighted by when the call would be answered. Calls are added while
 * that chance stays below the threshold, so calls go out as early as the risk allows and no earlier, and never more
 * than the dialer's abandon budget would let it place.
 * <p>
 * After every answered call a controller moves the threshold up while the abandon rate of the last answered calls
 * (exponentially weighted, about {@link #MEMORY} answers) is below {@link #TARGET}, down while it is above, and down
 * whenever the dialer's budget for calls at risk ({@link PacingSnapshot#callsAtRiskAllowed}) comes near what the
 * campaign keeps in flight beyond its ready agents: a clamped dialer costs more occupancy than the abandons it would
 * spend are worth. Spending abandons evenly through the day keeps every 24 h window near the target whatever each
 * hour's volume. Before the campaign has learnt its figures it dials progressively.
 */
@Component(service = PacingStrategy.class, property = "strategy=" + ForecastPacing.NAME)
public final class ForecastPacing implements PacingStrategy {
    public static final String NAME = "bpohub-forecast";
    /**
     * The abandon rate aimed at: below the 3 % limit by a margin for the randomness of a day's abandons and so that
     * the dialer's budget keeps room for the calls at risk (tried on B1: 1.9-2.5 % give about the same occupancy;
     * with 5 agents the budget, not the rate, is what binds, and a higher target only leaves it less room).
     */
    static final double TARGET = 0.022;
    /** How many answered calls the controller remembers (exponential weighting). */
    static final double MEMORY = 200;
    /** How far the controller moves the (log) threshold per answered call, per unit of relative rate error. */
    private static final double GAIN = 0.01;
    private static final double MIN_THRESHOLD = 0.002;
    private static final double MAX_THRESHOLD = 0.2;
    /** The budget for calls at risk the controller keeps, as a multiple of the calls usually at risk. */
    private static final double BUDGET_COVER = 1.5;
    private static final double AT_RISK_MEMORY_TICKS = 60;
    /** Calls learnt from before forecasting: below this the figures are too uncertain to dial ahead of agents. */
    private static final int MIN_OBSERVATIONS = 30;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CampaignPacer newPacer(String campaignId, ZoneId zone) {
        return new Pacer();
    }

    private static final class Pacer implements CampaignPacer {
        /** The risk a new call may carry: moved by the controller. */
        private double threshold = 0.1;
        /** Exponentially weighted answers and abandons, for the controller. */
        private double weightedAnswers;
        private double weightedAbandons;
        /** Calls in flight beyond the ready agents, averaged over the last ticks. */
        private double atRisk;
        private long answersSeen;
        private long abandonsSeen;
        /** Per second ahead: agents free for certain (ready, wrap-up over) less the people already waiting. */
        private int[] sureMargin = new int[0];
        /** Per second ahead: how many agents now on a call will be free, and how many ringing calls answered. */
        private EventCount[] freed = new EventCount[0];
        private EventCount[] answering = new EventCount[0];
        private double[] answerShare = new double[0];
        private double[] answeredBy = new double[0];
        /** The seconds ahead in which a call placed now can be answered: from {@code first} to before {@code steps}. */
        private int first;
        private int steps;

        @Override
        public int callsToPlace(PacingSnapshot s) {
            control(s);
            double p = s.answerRate();
            DurationSample answers = s.answerDelays();
            if (!(p > 0) || answers.count() < MIN_OBSERVATIONS || s.talkTimes().count() < MIN_OBSERVATIONS) {
                return ProgressivePacing.callsForReadyAgents(s);
            }
            forecast(s, p);
            // the dialer places no more than its abandon budget allows beyond the ready agents: no use weighing more
            long allowed = (long) s.agentsReady() - s.callsRinging() - s.callsWaiting() + Math.max(0, s.callsAtRiskAllowed());
            int most = (int) Math.min(4L * s.agentsLoggedIn() + 10, allowed);
            int calls = 0;
            while (calls < most && risk() <= threshold) {
                // the call just decided on is answered by each second with its own chance, ahead of the next one
                for (int j = first; j < steps; j++) answering[j].add(answeredBy[j]);
                calls++;
            }
            return Math.max(calls, ProgressivePacing.callsForReadyAgents(s));
        }

        /**
         * Moves the threshold, per answered call, towards the target abandon rate, and down whenever the dialer's
         * budget for calls at risk comes near what the campaign keeps in flight beyond its ready agents: a clamped
         * dialer loses more occupancy than the abandons it would still spend are worth.
         */
        private void control(PacingSnapshot s) {
            double atRiskNow = Math.max(0, s.callsRinging() + s.callsWaiting() - s.agentsReady());
            atRisk += (atRiskNow - atRisk) / AT_RISK_MEMORY_TICKS;
            long answered = s.today().liveAnswered();
            long abandoned = s.today().abandoned();
            // today's counts start again at midnight
            boolean newDay = answered < answersSeen;
            long newAnswers = newDay ? answered : answered - answersSeen;
            long newAbandons = newDay ? abandoned : Math.max(0, abandoned - abandonsSeen);
            answersSeen = answered;
            abandonsSeen = abandoned;
            // an abandon is known 2 s after its answer, often on a later tick: count it whenever it comes
            double keep = Math.pow(1 - 1 / MEMORY, newAnswers);
            weightedAnswers = weightedAnswers * keep + newAnswers;
            weightedAbandons = weightedAbandons * keep + newAbandons;
            if (newAnswers == 0) return;
            double rateError = (TARGET - weightedAbandons / weightedAnswers) / TARGET;
            double needed = BUDGET_COVER * atRisk + 2;
            double budgetError = (s.callsAtRiskAllowed() - needed) / needed;
            double error = Math.max(-2, Math.min(1, Math.min(rateError, budgetError)));
            threshold = Math.max(MIN_THRESHOLD, Math.min(MAX_THRESHOLD, threshold * Math.exp(GAIN * newAnswers * error)));
        }

        /** Fills the per-second forecast arrays for the seconds in which a call placed now can be answered. */
        private void forecast(PacingSnapshot s, double p) {
            DurationSample answerDelays = s.answerDelays();
            DurationSample unanswered = s.unansweredDelays().count() > 0 ? s.unansweredDelays() : answerDelays;
            DurationSample talk = s.talkTimes();
            double wrap = Double.isNaN(s.meanWrapUpSeconds()) ? 0 : s.meanWrapUpSeconds();
            double connect = s.policy().connectWithin().toMillis() / 1000.0;
            first = 0;
            while (answerDelays.fractionAtMost(first + 1) == 0) first++;
            steps = first + 1;
            while (steps < 120 && answerDelays.fractionAtMost(steps) < 0.999) steps++;
            ensureCapacity(steps);
            // second j stands for answers at t = j + 0.5 s, served by agents free by t + the connect time
            for (int j = first; j < steps; j++) {
                double by = j + 0.5 + connect;
                answerShare[j] = answerDelays.fractionAtMost(j + 1) - answerDelays.fractionAtMost(j);
                answeredBy[j] = p * answerDelays.fractionAtMost(j + 0.5);
                int sure = s.agentsReady() - s.callsWaiting();
                for (int i = 0; i < s.agentsInWrapUp(); i++) if (s.wrapUpRemainingSeconds(i) <= by) sure++;
                sureMargin[j] = sure;
                freed[j].clear();
                answering[j].clear();
            }
            for (int i = 0; i < s.agentsOnCall(); i++) {
                double elapsed = s.onCallElapsedSeconds(i);
                double ended = talk.fractionAtMost(elapsed);
                double still = 1 - ended;
                if (still <= 1e-9) continue;
                // free by then: the talk (already this long) and a mean wrap-up over
                for (int j = first; j < steps; j++) freed[j].add((talk.fractionAtMost(elapsed + j + 0.5 + connect - wrap) - ended) / still);
            }
            for (int i = 0; i < s.callsRinging(); i++) {
                double rung = s.ringingElapsedSeconds(i);
                double answeredAlready = answerDelays.fractionAtMost(rung);
                double pending = p * (1 - answeredAlready) + (1 - p) * (1 - unanswered.fractionAtMost(rung));
                if (pending <= 1e-9) continue;
                // answered by a person by then, given that it still rings
                for (int j = first; j < steps; j++) answering[j].add(p * (answerDelays.fractionAtMost(rung + j + 0.5) - answeredAlready) / pending);
            }
        }

        /**
         * The chance that one more call, placed after those already decided on this tick, is abandoned if answered:
         * answered at t, it finds no agent when the people answered before it are at least the agents free by t plus
         * the connect time. Exact: free agents and earlier answers are independent counts of yes/no events.
         */
        private double risk() {
            double risk = 0;
            for (int j = first; j < steps; j++) {
                // summed over the earlier answers, whose count changes with every call decided on this tick
                EventCount free = freed[j];
                EventCount answered = answering[j];
                double noAgent = 0;
                for (int d = answered.least(); d <= answered.most(); d++) noAgent += answered.exactly(d) * free.atMost(d - sureMargin[j]);
                risk += answerShare[j] * noAgent;
            }
            return risk;
        }

        private void ensureCapacity(int steps) {
            if (freed.length >= steps) return;
            int had = freed.length;
            sureMargin = Arrays.copyOf(sureMargin, steps);
            freed = Arrays.copyOf(freed, steps);
            answering = Arrays.copyOf(answering, steps);
            for (int j = had; j < steps; j++) {
                freed[j] = new EventCount();
                answering[j] = new EventCount();
            }
            answerShare = new double[steps];
            answeredBy = new double[steps];
        }
    }
}
