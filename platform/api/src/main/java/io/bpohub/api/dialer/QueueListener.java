package io.bpohub.api.dialer;

import java.time.Instant;

/**
 * What becomes of a {@link QueuedCall}; called on the gateway's timeline. A caller who hangs up while queued and
 * the end of the call are reported by the gateway's own events ({@link io.bpohub.api.telephony.CallEventType#HUNG_UP},
 * {@link io.bpohub.api.telephony.CallEventType#UNBRIDGED}).
 */
public interface QueueListener {
    /** An agent took the call (it is bridged to the agent's endpoint). */
    void connected(String callId, String agentId, Instant at);

    /** The caller waited the queue's overflow time: the call left the queue and is the platform's again. */
    void overflowed(String callId, Instant at);

    /**
     * The caller accepted the queue's {@link QueuedCall#callbackOffer() callback offer}: the call left the queue and is
     * the platform's again, to book the callback and say goodbye. A listener that books no callbacks treats it as an
     * overflow, so the caller is never left on a line nobody answers.
     */
    default void callbackRequested(String callId, Instant at) {
        overflowed(callId, at);
    }
}
