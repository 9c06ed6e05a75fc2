package io.bpohub.api.dialer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Objects;

/**
 * A tenant's rules for abandoned (dropped) calls: a call a person answered that no agent took within
 * {@code connectWithin} is abandoned; it hears {@code safeHarborMessage} (naming the caller) and is hung up.
 * Abandoned calls stay at most {@code limit} of live-answered calls in every {@code shortWindow} (UK Ofcom:
 * 24 h) and every {@code longWindow} (US FCC/FTC: 30 days), per campaign; a number whose call was abandoned is
 * not dialled again within {@code noRedialAfterAbandon} unless an agent is guaranteed (preview).
 *
 * @param limit                 the highest share of abandoned calls, e.g. 0.03
 * @param shortWindow           the rolling window the limit holds in, e.g. 24 h
 * @param longWindow            the longer rolling window, e.g. 30 days
 * @param connectWithin         the time from answer within which an agent must be on the call, e.g. 2 s
 * @param safeHarborMessage     the gateway's name of the recorded message played to an abandoned call
 * @param noRedialAfterAbandon  how long an abandoned number is not dialled again (no agent guaranteed), e.g. 72 h
 */
public record AbandonPolicy(BigDecimal limit, Duration shortWindow, Duration longWindow, Duration connectWithin,
                            String safeHarborMessage, Duration noRedialAfterAbandon) {
    /** The defaults: 3 %, 24 h and 30 days, 2 s, {@code safe-harbor}, 72 h. */
    public static final AbandonPolicy DEFAULT = new AbandonPolicy(new BigDecimal("0.03"), Duration.ofHours(24),
            Duration.ofDays(30), Duration.ofSeconds(2), "safe-harbor", Duration.ofHours(72));

    public AbandonPolicy {
        Objects.requireNonNull(limit, "limit");
        if (limit.signum() < 0 || limit.compareTo(BigDecimal.ONE) >= 0) throw new IllegalArgumentException("an abandon limit is in [0, 1), got " + limit);
        positive(shortWindow, "the short window");
        positive(longWindow, "the long window");
        positive(connectWithin, "the connect time");
        if (noRedialAfterAbandon == null || noRedialAfterAbandon.isNegative()) throw new IllegalArgumentException("the no-redial time is >= 0");
        if (safeHarborMessage == null || safeHarborMessage.isBlank()) throw new IllegalArgumentException("a safe-harbor message is named");
    }

    /** Whether {@code abandoned} of {@code liveAnswered} calls is within the limit, computed exactly. */
    public boolean permits(long abandoned, long liveAnswered) {
        return BigDecimal.valueOf(abandoned).compareTo(limit.multiply(BigDecimal.valueOf(liveAnswered))) <= 0;
    }

    private static void positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " is positive");
    }
}
