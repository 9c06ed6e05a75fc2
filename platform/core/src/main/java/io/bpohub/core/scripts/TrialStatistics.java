package io.bpohub.core.scripts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Success rate and average talk time of a version from its call counts: exact decimals, rounded once
 * at the end (percent to 2 places, seconds to 1, half up), null while there are no calls.
 */
public record TrialStatistics(long calls, long successes, BigDecimal successPercent, BigDecimal averageTalkSeconds) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static TrialStatistics of(long calls, long successes, long talkSeconds) {
        if (calls < 0 || successes < 0 || successes > calls || talkSeconds < 0) {
            throw new IllegalArgumentException("inconsistent counts: " + calls + " calls, " + successes + " successes, " + talkSeconds + " s");
        }
        if (calls == 0) return new TrialStatistics(0, 0, null, null);
        BigDecimal n = BigDecimal.valueOf(calls);
        BigDecimal percent = BigDecimal.valueOf(successes).multiply(HUNDRED).divide(n, 2, RoundingMode.HALF_UP);
        BigDecimal talk = BigDecimal.valueOf(talkSeconds).divide(n, 1, RoundingMode.HALF_UP);
        return new TrialStatistics(calls, successes, percent, talk);
    }

    /** A trial has reached its target once it has that many calls. */
    public static boolean reached(long calls, Integer targetCalls) {
        return targetCalls != null && calls >= targetCalls;
    }
}
