package io.bpohub.telephony.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** A distribution of durations (ring, talk, patience), sampled in whole milliseconds from a given generator. */
public final class Distribution {
    private final String description;
    private final double meanSeconds;
    private final ToDoubleFunction<SplittableRandom> secondsSampler;

    private Distribution(String description, double meanSeconds, ToDoubleFunction<SplittableRandom> secondsSampler) {
        this.description = description;
        this.meanSeconds = meanSeconds;
        this.secondsSampler = secondsSampler;
    }

    /** Always {@code value}. */
    public static Distribution constant(Duration value) {
        double seconds = seconds(value, "a constant duration");
        return new Distribution("constant " + value, seconds, random -> seconds);
    }

    /** Uniform between {@code min} and {@code max} (as the benchmark's {@code ring_s}). */
    public static Distribution uniform(Duration min, Duration max) {
        double low = seconds(min, "a minimum");
        double high = seconds(max, "a maximum");
        if (high < low) throw new IllegalArgumentException("a uniform distribution needs min <= max, got " + min + " and " + max);
        return new Distribution("uniform " + min + ".." + max, (low + high) / 2, random -> low + (high - low) * random.nextDouble());
    }

    /**
     * Log-normal with the given mean and coefficient of variation (standard deviation / mean), the usual model
     * of talk and waiting times; cv 0 is the constant {@code mean}.
     */
    public static Distribution lognormal(Duration mean, double cv) {
        double m = seconds(mean, "a mean");
        if (!(m > 0)) throw new IllegalArgumentException("a log-normal mean is positive, got " + mean);
        if (!(cv >= 0) || Double.isInfinite(cv)) throw new IllegalArgumentException("a coefficient of variation is finite and >= 0, got " + cv);
        double sigma = Math.sqrt(Math.log1p(cv * cv));
        double mu = Math.log(m) - sigma * sigma / 2;
        return new Distribution("lognormal mean " + mean + " cv " + cv, m, random -> Math.exp(mu + sigma * random.nextGaussian()));
    }

    public Duration sample(SplittableRandom random) {
        return Duration.ofMillis(Math.round(secondsSampler.applyAsDouble(random) * 1000));
    }

    public Duration mean() {
        return Duration.ofNanos(Math.round(meanSeconds * 1e9));
    }

    @Override
    public String toString() {
        return description;
    }

    private static double seconds(Duration value, String what) {
        Objects.requireNonNull(value, what);
        if (value.isNegative()) throw new IllegalArgumentException(what + " is not negative, got " + value);
        return value.toNanos() / 1e9;
    }
}
