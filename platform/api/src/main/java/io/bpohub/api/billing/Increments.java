package io.bpohub.api.billing;

/**
 * Billing increments of talk time, written first/next: 60/60, 30/6, 1/1. A call with talk time is
 * charged the whole first block, then every started next block; a call with 0 s talk is charged no
 * block at all.
 */
public record Increments(int firstSeconds, int nextSeconds) {
    public static final Increments PER_MINUTE = new Increments(60, 60);
    public static final Increments THIRTY_SIX = new Increments(30, 6);
    public static final Increments PER_SECOND = new Increments(1, 1);

    public Increments {
        if (firstSeconds < 1 || nextSeconds < 1) {
            throw new IllegalArgumentException("increments must be at least 1 s: " + firstSeconds + "/" + nextSeconds);
        }
    }

    @Override
    public String toString() {
        return firstSeconds + "/" + nextSeconds;
    }
}
