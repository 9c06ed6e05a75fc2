package io.bpohub.api.dialer;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a pacing strategy sees of one campaign at one tick: agents, calls in flight, what the campaign has learnt
 * so far (answer rate, talk, wrap-up and ring times) and its abandon tallies. Immutable; made with {@link #builder}.
 * Per-agent and per-call figures are indexed: {@code onCallElapsedSeconds(i)} for {@code i < agentsOnCall()} etc.
 */
public final class PacingSnapshot {
    private final Instant now;
    private final Instant dialingEndsAt;
    private final AbandonPolicy policy;
    private final int agentsReady;
    private final int agentsReserved;
    private final int agentsPaused;
    private final double[] onCallElapsed;
    private final double[] wrapUpRemaining;
    private final double[] ringingElapsed;
    private final int callsWaiting;
    private final double answerRate;
    private final DurationSample talkTimes;
    private final DurationSample answerDelays;
    private final DurationSample unansweredDelays;
    private final double meanWrapUpSeconds;
    private final long callsPlacedToday;
    private final AbandonTally today;
    private final AbandonTally shortWindow;
    private final AbandonTally longWindow;
    private final long callsAtRiskAllowed;

    private PacingSnapshot(Builder b) {
        now = Objects.requireNonNull(b.now, "now");
        dialingEndsAt = b.dialingEndsAt;
        policy = Objects.requireNonNull(b.policy, "policy");
        agentsReady = count(b.agentsReady, "ready agents");
        agentsReserved = count(b.agentsReserved, "reserved agents");
        agentsPaused = count(b.agentsPaused, "paused agents");
        onCallElapsed = b.onCallElapsed.clone();
        wrapUpRemaining = b.wrapUpRemaining.clone();
        ringingElapsed = b.ringingElapsed.clone();
        callsWaiting = count(b.callsWaiting, "waiting calls");
        answerRate = b.answerRate;
        talkTimes = Objects.requireNonNull(b.talkTimes, "talkTimes");
        answerDelays = Objects.requireNonNull(b.answerDelays, "answerDelays");
        unansweredDelays = Objects.requireNonNull(b.unansweredDelays, "unansweredDelays");
        meanWrapUpSeconds = b.meanWrapUpSeconds;
        callsPlacedToday = b.callsPlacedToday;
        today = Objects.requireNonNull(b.today, "today");
        shortWindow = Objects.requireNonNull(b.shortWindow, "shortWindow");
        longWindow = Objects.requireNonNull(b.longWindow, "longWindow");
        callsAtRiskAllowed = b.callsAtRiskAllowed;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Instant now() {
        return now;
    }

    /** When today's dialing window closes; null when the campaign has none. */
    public Instant dialingEndsAt() {
        return dialingEndsAt;
    }

    /** The tenant's abandon policy (limit, windows, connect time). */
    public AbandonPolicy policy() {
        return policy;
    }

    public int agentsLoggedIn() {
        return agentsReady + agentsReserved + agentsOnCall() + agentsInWrapUp() + agentsPaused;
    }

    public int agentsReady() {
        return agentsReady;
    }

    public int agentsReserved() {
        return agentsReserved;
    }

    public int agentsOnCall() {
        return onCallElapsed.length;
    }

    public int agentsInWrapUp() {
        return wrapUpRemaining.length;
    }

    public int agentsPaused() {
        return agentsPaused;
    }

    /** How long the i-th agent on a call has been talking. */
    public double onCallElapsedSeconds(int i) {
        return onCallElapsed[i];
    }

    /** How long until the i-th agent in wrap-up is ready again if the wrap-up runs to its timeout. */
    public double wrapUpRemainingSeconds(int i) {
        return wrapUpRemaining[i];
    }

    /** Calls placed and not yet answered or ended. */
    public int callsRinging() {
        return ringingElapsed.length;
    }

    /** How long the i-th ringing call has been in progress since it was placed. */
    public double ringingElapsedSeconds(int i) {
        return ringingElapsed[i];
    }

    /** Calls a person answered that wait for an agent (each is abandoned unless an agent takes it within the connect time). */
    public int callsWaiting() {
        return callsWaiting;
    }

    /** The share of recent finished calls a person answered; NaN before any call has ended. */
    public double answerRate() {
        return answerRate;
    }

    /** Talk times of the campaign's recent connected calls. */
    public DurationSample talkTimes() {
        return talkTimes;
    }

    /** Times from placing a call to a person answering, recent calls. */
    public DurationSample answerDelays() {
        return answerDelays;
    }

    /** Times from placing a call to its end without a person (busy, no answer, invalid number, machine), recent calls. */
    public DurationSample unansweredDelays() {
        return unansweredDelays;
    }

    /** The mean wrap-up time of the campaign's recent calls; NaN before any. */
    public double meanWrapUpSeconds() {
        return meanWrapUpSeconds;
    }

    public long callsPlacedToday() {
        return callsPlacedToday;
    }

    /** Since midnight in the campaign's time zone. */
    public AbandonTally today() {
        return today;
    }

    /** Over the policy's short rolling window (24 h) ending now. */
    public AbandonTally shortWindow() {
        return shortWindow;
    }

    /** Over the policy's long rolling window (30 days) ending now. */
    public AbandonTally longWindow() {
        return longWindow;
    }

    /**
     * How many calls the dialer lets be in flight beyond the ready agents now (each could end abandoned): the most
     * that keeps both windows within the limit even if all of them were abandoned. Negative when a window has no
     * room left; the dialer then places one call per ready agent only. A strategy that wants more gets no more.
     */
    public long callsAtRiskAllowed() {
        return callsAtRiskAllowed;
    }

    @Override
    public String toString() {
        return "PacingSnapshot[" + now + ", ready " + agentsReady + ", reserved " + agentsReserved + ", on call "
                + Arrays.toString(onCallElapsed) + ", wrap-up " + Arrays.toString(wrapUpRemaining) + ", paused " + agentsPaused
                + ", ringing " + ringingElapsed.length + ", waiting " + callsWaiting + ", answer rate " + answerRate
                + ", 24h " + shortWindow + ", 30d " + longWindow + ", at risk allowed " + callsAtRiskAllowed + "]";
    }

    private static int count(int value, String what) {
        if (value < 0) throw new IllegalArgumentException(what + " is >= 0, got " + value);
        return value;
    }

    /** Collects a snapshot's figures; arrays are copied by {@link #build}. */
    public static final class Builder {
        private static final double[] NONE = new double[0];
        private Instant now;
        private Instant dialingEndsAt;
        private AbandonPolicy policy = AbandonPolicy.DEFAULT;
        private int agentsReady;
        private int agentsReserved;
        private int agentsPaused;
        private double[] onCallElapsed = NONE;
        private double[] wrapUpRemaining = NONE;
        private double[] ringingElapsed = NONE;
        private int callsWaiting;
        private double answerRate = Double.NaN;
        private DurationSample talkTimes = DurationSample.EMPTY;
        private DurationSample answerDelays = DurationSample.EMPTY;
        private DurationSample unansweredDelays = DurationSample.EMPTY;
        private double meanWrapUpSeconds = Double.NaN;
        private long callsPlacedToday;
        private AbandonTally today = AbandonTally.NONE;
        private AbandonTally shortWindow = AbandonTally.NONE;
        private AbandonTally longWindow = AbandonTally.NONE;
        private long callsAtRiskAllowed;

        private Builder() {
        }

        public Builder now(Instant now) {
            this.now = now;
            return this;
        }

        public Builder dialingEndsAt(Instant dialingEndsAt) {
            this.dialingEndsAt = dialingEndsAt;
            return this;
        }

        public Builder policy(AbandonPolicy policy) {
            this.policy = policy;
            return this;
        }

        public Builder agents(int ready, int reserved, int paused) {
            this.agentsReady = ready;
            this.agentsReserved = reserved;
            this.agentsPaused = paused;
            return this;
        }

        /** Seconds each agent on a call has talked (one value per agent). */
        public Builder onCallElapsedSeconds(double... elapsed) {
            this.onCallElapsed = elapsed;
            return this;
        }

        /** Seconds each agent in wrap-up has left before the timeout (one value per agent). */
        public Builder wrapUpRemainingSeconds(double... remaining) {
            this.wrapUpRemaining = remaining;
            return this;
        }

        /** Seconds since each ringing call was placed (one value per call). */
        public Builder ringingElapsedSeconds(double... elapsed) {
            this.ringingElapsed = elapsed;
            return this;
        }

        public Builder callsWaiting(int waiting) {
            this.callsWaiting = waiting;
            return this;
        }

        public Builder answerRate(double rate) {
            this.answerRate = rate;
            return this;
        }

        public Builder times(DurationSample talk, DurationSample answer, DurationSample unanswered, double meanWrapUpSeconds) {
            this.talkTimes = talk;
            this.answerDelays = answer;
            this.unansweredDelays = unanswered;
            this.meanWrapUpSeconds = meanWrapUpSeconds;
            return this;
        }

        public Builder tallies(long callsPlacedToday, AbandonTally today, AbandonTally shortWindow, AbandonTally longWindow) {
            this.callsPlacedToday = callsPlacedToday;
            this.today = today;
            this.shortWindow = shortWindow;
            this.longWindow = longWindow;
            return this;
        }

        public Builder callsAtRiskAllowed(long allowed) {
            this.callsAtRiskAllowed = allowed;
            return this;
        }

        public PacingSnapshot build() {
            return new PacingSnapshot(this);
        }
    }
}
