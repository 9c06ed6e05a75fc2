package io.bpohub.api.dialer;

import java.time.Instant;
import java.util.Objects;

/**
 * A live-answered call of a campaign from before its run (the platform's stored call records): the run counts it in
 * its abandon windows ({@link AbandonPolicy}) as if it had placed it, so stopping and starting a campaign, a restart or
 * a redeploy never gives it a fresh budget.
 *
 * @param answeredAt when a person answered
 * @param abandoned  whether the call was abandoned (no agent within the connect time)
 */
public record PastAnswer(Instant answeredAt, boolean abandoned) {
    public PastAnswer {
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
