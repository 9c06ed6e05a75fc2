package io.bpohub.dialer.pacing;

import java.util.Arrays;

/**
 * The exact distribution of how many of some independent yes/no events happen (Poisson-binomial), built one event
 * at a time in a buffer that is reused from tick to tick. Small teams are where the normal approximation fails: a
 * handful of events with unequal chances gives a skewed, lumpy count, and the pacing risk lives in its tail.
 * Outcomes less likely than {@link #NEGLIGIBLE} are dropped at both ends, so the work follows the spread of the
 * count rather than the number of events.
 */
final class EventCount {
    static final double NEGLIGIBLE = 1e-12;

    /** pmf[k], lo ≤ k ≤ hi: the chance of exactly k events; 0 outside. */
    private double[] pmf = new double[16];
    /** atMost[k - lo]: the chance of at most k events, valid while {@link #cdfKnown}. */
    private double[] atMost = new double[16];
    private int lo;
    private int hi;
    private boolean cdfKnown;

    EventCount() {
        clear();
    }

    /** No events: a count of 0 for certain. */
    void clear() {
        lo = 0;
        hi = 0;
        pmf[0] = 1;
        cdfKnown = false;
    }

    /** Adds one event that happens with chance {@code p} (a negligible chance changes nothing). */
    void add(double p) {
        if (!(p > NEGLIGIBLE)) return;
        if (hi + 2 > pmf.length) pmf = Arrays.copyOf(pmf, 2 * pmf.length);
        double q = 1 - p;
        pmf[hi + 1] = pmf[hi] * p;
        for (int k = hi; k > lo; k--) pmf[k] = pmf[k] * q + pmf[k - 1] * p;
        pmf[lo] *= q;
        hi++;
        while (hi > lo && pmf[hi] < NEGLIGIBLE) hi--;
        while (lo < hi && pmf[lo] < NEGLIGIBLE) lo++;
        cdfKnown = false;
    }

    int least() {
        return lo;
    }

    int most() {
        return hi;
    }

    /** The chance of exactly {@code k} events. */
    double exactly(int k) {
        return k < lo || k > hi ? 0 : pmf[k];
    }

    /** The chance of at most {@code k} events. */
    double atMost(int k) {
        if (k < lo) return 0;
        if (k >= hi) return 1;
        if (!cdfKnown) {
            if (atMost.length < pmf.length) atMost = new double[pmf.length];
            double sum = 0;
            for (int i = lo; i <= hi; i++) atMost[i - lo] = sum += pmf[i];
            cdfKnown = true;
        }
        return atMost[k - lo];
    }
}
