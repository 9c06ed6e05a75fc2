package io.bpohub.api.dialer;

import java.time.Duration;
import java.util.Objects;

/**
 * A queue's offer to call the caller back instead of making them wait: after {@code after} in the queue the caller
 * hears {@code prompt} (say, "press 1 to be called back, you keep your place") and has a few seconds to press
 * {@code key}. A caller who presses it leaves the queue ({@link QueueListener#callbackRequested}); any other key, or
 * none, and the caller waits on as before and hears the offer again {@code after} later.
 *
 * @param after  how long the caller waits before the offer
 * @param prompt the gateway's recorded message that makes the offer
 * @param key    the one key that accepts: 0-9, * or #
 */
public record CallbackOffer(Duration after, String prompt, String key) {
    public CallbackOffer {
        Objects.requireNonNull(after, "after");
        if (after.isNegative() || after.isZero()) throw new IllegalArgumentException("a callback is offered after a positive wait, not " + after);
        if (prompt == null || prompt.isBlank()) throw new IllegalArgumentException("a callback offer names the message that makes it");
        if (key == null || !key.matches("[0-9*#]")) throw new IllegalArgumentException("a callback offer is accepted with one key: 0-9, * or #, not " + key);
    }
}
