package io.bpohub.api.dialer;

/**
 * Live-answered and abandoned calls of a campaign over some period.
 *
 * @param liveAnswered calls a person answered (abandoned ones included)
 * @param abandoned    of those, calls not connected to an agent within the policy's connect time
 */
public record AbandonTally(long liveAnswered, long abandoned) {
    public static final AbandonTally NONE = new AbandonTally(0, 0);

    public AbandonTally {
        if (liveAnswered < 0 || abandoned < 0 || abandoned > liveAnswered) {
            throw new IllegalArgumentException("0 <= abandoned <= live answered, got " + abandoned + " of " + liveAnswered);
        }
    }

    /** Abandoned / live-answered; 0 when nothing was answered. */
    public double rate() {
        return liveAnswered == 0 ? 0 : (double) abandoned / liveAnswered;
    }
}
