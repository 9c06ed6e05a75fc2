package io.bpohub.dialer.pacing;

import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.PacingStrategy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * VICIdial's adaptive-predictive dial methods, re-implemented from their public description: docs/PREDICTIVE.txt
 * of VICIdial (astguiclient, "PREDICTIVE Summary and Overview", 2006-08-29) and, where that text names a rule
 * without its arithmetic, the behaviour of its adapt script (bin/AST_VDadapt.pl, calculate_dial_level) and its
 * auto-dial loop (bin/AST_VDauto_dial.pl), read, not copied. With VICIdial's default campaign settings
 * (adapt intensity 0, dial level difference target 0, available-only tally N, maximum adapt dial level 3.0):
 * <ol>
 * <li>Lines: every loop the campaign keeps round(dial level × agents) calls up, where agents are those ready or in
 *     a call (agents in wrap-up are not counted), and calls up are those ringing, answered and waiting, and with an
 *     agent; it places the difference.</li>
 * <li>Once a second it samples ready agents, calls waiting for an agent and logged-in agents; every 15 s the new
 *     dial level is the old one × (1 + (mean ready − mean waiting) / mean logged-in), over the last 15 samples,
 *     capped at the maximum adapt dial level and never below 1.0.</li>
 * <li>Once a minute it counts today's calls, answers and drops (abandons) and the last minute's calls and drops.</li>
 * <li>Drop rules after each new level: more than 20 calls in the last minute with over half of them dropped halves
 *     the level; more than 50 calls today with drops above the drop limit (a share of today's answers) applies the
 *     method's cap ({@link #capWhenOverLimit}); the level is never below 1.0.</li>
 * </ol>
 * The dialer asks every second; VICIdial's own loop runs every 2.5-3 s, so this is if anything quicker than the original.
 */
public abstract class VicidialAdaptivePacing implements PacingStrategy {
    private static final int SAMPLES = 15;
    private static final Duration LEVEL_EVERY = Duration.ofSeconds(15);
    private static final Duration DROPS_EVERY = Duration.ofMinutes(1);
    private static final double MAX_LEVEL = 3.0;

    /**
     * The dial level when today's drops are above the limit, from the level the other rules give.
     *
     * @param dialingEndsAt the campaign's latest dialing time today (VICIdial's "latest server time"), or null
     */
    protected abstract double capWhenOverLimit(double level, Instant now, Instant dialingEndsAt, ZoneId zone);

    @Override
    public CampaignPacer newPacer(String campaignId, ZoneId zone) {
        return new Pacer(zone);
    }

    private final class Pacer implements CampaignPacer {
        private final ZoneId zone;
        private final int[] ready = new int[SAMPLES];
        private final int[] waiting = new int[SAMPLES];
        private final int[] loggedIn = new int[SAMPLES];
        private int samples;
        private double level = 1.0;
        private Instant levelAt;
        private Instant dropsAt;
        private long callsToday;
        private long callsLastMinute;
        private long dropsLastMinute;
        private long dropsToday;
        private long answersToday;

        Pacer(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public int callsToPlace(PacingSnapshot s) {
            sample(s);
            if (dropsAt == null || !s.now().isBefore(dropsAt.plus(DROPS_EVERY))) countDrops(s);
            if (levelAt == null) levelAt = s.now();
            if (!s.now().isBefore(levelAt.plus(LEVEL_EVERY))) {
                level = newLevel(s);
                levelAt = s.now();
            }
            int agents = s.agentsReady() + s.agentsOnCall();
            long goal = Math.round(Math.rint(level * agents));
            long up = s.callsRinging() + s.callsWaiting() + s.agentsOnCall();
            return (int) Math.max(0, goal - up);
        }

        private void sample(PacingSnapshot s) {
            int slot = samples++ % SAMPLES;
            ready[slot] = s.agentsReady();
            waiting[slot] = s.callsWaiting();
            loggedIn[slot] = s.agentsLoggedIn();
        }

        private void countDrops(PacingSnapshot s) {
            long calls = s.callsPlacedToday();
            long drops = s.today().abandoned();
            // a new day starts the counts again
            callsLastMinute = calls >= callsToday ? calls - callsToday : calls;
            dropsLastMinute = drops >= dropsToday ? drops - dropsToday : drops;
            callsToday = calls;
            dropsToday = drops;
            answersToday = s.today().liveAnswered();
            dropsAt = s.now();
        }

        private double newLevel(PacingSnapshot s) {
            int n = Math.min(samples, SAMPLES);
            double readyMean = mean(ready, n);
            double waitingMean = mean(waiting, n);
            double agentsMean = mean(loggedIn, n);
            double differential = readyMean - waitingMean;
            double next = agentsMean == 0 ? level : level * (1 + differential / agentsMean);
            next = Math.max(1.0, Math.min(MAX_LEVEL, next));
            if (callsLastMinute > 20 && dropsLastMinute * 100.0 / callsLastMinute > 50) next /= 2;
            double dropPercent = dropsToday * 100.0 / Math.max(1, answersToday);
            if (callsToday > 50 && dropPercent > s.policy().limit().doubleValue() * 100) {
                next = capWhenOverLimit(next, s.now(), s.dialingEndsAt(), zone);
            }
            return Math.max(1.0, next);
        }

        private double mean(int[] values, int n) {
            double sum = 0;
            for (int i = 0; i < n; i++) sum += values[i];
            return n == 0 ? 0 : sum / n;
        }
    }
}
