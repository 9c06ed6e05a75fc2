package io.bpohub.api.dialer;

import java.util.Arrays;

/**
 * An empirical distribution of durations (talk times, times to answer...), in whole-second buckets: immutable,
 * so a pacing snapshot can share it until the next call changes it. The last bucket also holds every longer value.
 */
public final class DurationSample {
    public static final DurationSample EMPTY = new DurationSample(new int[1], 0);

    /** cumulative[k]: how many values are below k + 1 seconds. */
    private final int[] cumulative;
    private final double sumSeconds;

    private DurationSample(int[] cumulative, double sumSeconds) {
        this.cumulative = cumulative;
        this.sumSeconds = sumSeconds;
    }

    /**
     * From counts per second: {@code countsPerSecond[k]} values lie in [k, k + 1) s, the last entry also holds longer
     * ones; {@code sumSeconds} is the exact sum of the values (for the mean).
     */
    public static DurationSample ofCounts(int[] countsPerSecond, double sumSeconds) {
        if (countsPerSecond.length == 0) throw new IllegalArgumentException("at least one bucket");
        int[] cumulative = new int[countsPerSecond.length];
        int total = 0;
        for (int k = 0; k < countsPerSecond.length; k++) {
            if (countsPerSecond[k] < 0) throw new IllegalArgumentException("a count is >= 0");
            total += countsPerSecond[k];
            cumulative[k] = total;
        }
        return new DurationSample(cumulative, sumSeconds);
    }

    /** From single values in seconds, with buckets up to the longest. */
    public static DurationSample of(double... seconds) {
        int buckets = 1 + (int) Arrays.stream(seconds).max().orElse(0);
        int[] counts = new int[buckets];
        for (double s : seconds) {
            if (!(s >= 0)) throw new IllegalArgumentException("a duration is >= 0, got " + s);
            counts[(int) s]++;
        }
        return ofCounts(counts, Arrays.stream(seconds).sum());
    }

    public int count() {
        return cumulative[cumulative.length - 1];
    }

    /** The mean in seconds; NaN when empty. */
    public double meanSeconds() {
        return count() == 0 ? Double.NaN : sumSeconds / count();
    }

    /** The share of values at most {@code seconds} (linear within a bucket); 0 when empty. */
    public double fractionAtMost(double seconds) {
        int count = count();
        if (count == 0 || seconds <= 0) return 0;
        int k = (int) seconds;
        if (k >= cumulative.length) return 1;
        int below = k == 0 ? 0 : cumulative[k - 1];
        return (below + (cumulative[k] - below) * (seconds - k)) / count;
    }
}
