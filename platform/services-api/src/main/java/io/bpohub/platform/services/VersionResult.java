package io.bpohub.platform.services;

import java.math.BigDecimal;

/**
 * How a version did: {@code successPercent} (2 decimals, half up) and {@code averageTalkSeconds}
 * (1 decimal, half up) are null while it has no calls; {@code targetCalls} only for trials.
 */
public record VersionResult(int version, ScriptState state, long calls, long successes, BigDecimal successPercent,
                            BigDecimal averageTalkSeconds, Integer targetCalls, boolean targetReached) {
}
