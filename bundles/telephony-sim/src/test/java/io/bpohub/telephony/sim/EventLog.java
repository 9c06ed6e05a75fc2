package io.bpohub.telephony.sim;

import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventListener;
import io.bpohub.api.telephony.CallEventType;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Collects a gateway's events for assertions; thread-safe for the real timeline's tests. */
final class EventLog implements CallEventListener {
    private final List<CallEvent> events = new ArrayList<>();

    @Override
    public synchronized void onEvent(CallEvent event) {
        events.add(event);
    }

    synchronized List<CallEvent> all() {
        return List.copyOf(events);
    }

    synchronized List<CallEvent> of(String callId) {
        return events.stream().filter(e -> e.callId().equals(callId)).collect(Collectors.toList());
    }

    List<CallEventType> typesOf(String callId) {
        return of(callId).stream().map(CallEvent::type).collect(Collectors.toList());
    }

    CallEvent last(String callId) {
        List<CallEvent> call = of(callId);
        return call.isEmpty() ? null : call.get(call.size() - 1);
    }

    CallEvent first(String callId, CallEventType type) {
        return of(callId).stream().filter(e -> e.type() == type).findFirst().orElseThrow(() -> new AssertionError("no " + type + " for " + callId + ": " + of(callId)));
    }
}
