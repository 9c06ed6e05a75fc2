package io.bpohub.dialer;

import io.bpohub.api.dialer.DurationSample;

/**
 * The last {@code capacity} durations of one kind (talk, time to answer...), kept as counts per second so that a
 * {@link DurationSample} is made only when a new value came in since the last one.
 */
final class SlidingDurations {
    private final double[] values;
    private final int[] countsPerSecond;
    private int next;
    private int size;
    private double sum;
    private DurationSample sample = DurationSample.EMPTY;
    private boolean changed;

    SlidingDurations(int capacity, int longestSecond) {
        values = new double[capacity];
        countsPerSecond = new int[longestSecond + 1];
    }

    void add(double seconds) {
        double value = Math.max(0, seconds);
        if (size == values.length) {
            countsPerSecond[bucket(values[next])]--;
            sum -= values[next];
        } else {
            size++;
        }
        values[next] = value;
        next = (next + 1) % values.length;
        countsPerSecond[bucket(value)]++;
        sum += value;
        changed = true;
    }

    DurationSample sample() {
        if (changed) {
            sample = DurationSample.ofCounts(countsPerSecond, sum);
            changed = false;
        }
        return sample;
    }

    double mean() {
        return size == 0 ? Double.NaN : sum / size;
    }

    private int bucket(double seconds) {
        return Math.min((int) seconds, countsPerSecond.length - 1);
    }
}
