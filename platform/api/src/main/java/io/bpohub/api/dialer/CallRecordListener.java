package io.bpohub.api.dialer;

/** Receives the record of every call a dialer placed, once, when the call has ended; must not block. */
@FunctionalInterface
public interface CallRecordListener {
    void ended(CallRecord record);
}
