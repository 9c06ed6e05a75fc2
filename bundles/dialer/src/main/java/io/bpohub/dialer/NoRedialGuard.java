package io.bpohub.dialer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/** Numbers whose call was abandoned, not to be dialled again for a while unless an agent is guaranteed (UK Ofcom: 72 h). */
final class NoRedialGuard {
    private record Abandon(String number, Instant at) {
    }

    private Duration period;
    private final Map<String, Instant> lastAbandon = new HashMap<>();
    private final ArrayDeque<Abandon> byTime = new ArrayDeque<>();

    NoRedialGuard(Duration period) {
        this.period = period;
    }

    /** The rules changed: numbers abandoned within {@code period} of now are held back (those already forgotten stay so). */
    void follow(Duration period) {
        this.period = period;
    }

    void abandoned(String number, Instant at) {
        lastAbandon.put(number, at);
        byTime.add(new Abandon(number, at));
    }

    /** Until when {@code number} may not be dialled; null when it may be now. */
    Instant blockedUntil(String number, Instant now) {
        forgetBefore(now.minus(period));
        Instant at = lastAbandon.get(number);
        return at == null ? null : at.plus(period);
    }

    private void forgetBefore(Instant limit) {
        for (Abandon oldest = byTime.peek(); oldest != null && !oldest.at().isAfter(limit); oldest = byTime.peek()) {
            byTime.poll();
            lastAbandon.remove(oldest.number(), oldest.at());
        }
    }
}
