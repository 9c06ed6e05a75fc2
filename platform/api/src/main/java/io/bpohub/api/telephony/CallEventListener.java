package io.bpohub.api.telephony;

/**
 * Receives a gateway's call events, in order per call, on the gateway's {@link Timeline}. A listener must
 * not block: it records what it needs and schedules further work.
 */
@FunctionalInterface
public interface CallEventListener {
    void onEvent(CallEvent event);
}
