package io.bpohub.dialer;

import io.bpohub.api.dialer.CallbackOffer;
import io.bpohub.api.dialer.QueueListener;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The callers ringing a {@link DialerRig}'s network, answered and queued to its campaign when a test says so (as the
 * platform's IVR would), and what becomes of them. Callers who are not queued are left ringing.
 */
final class InboundCallers implements QueueListener {
    private final DialerRig rig;
    private final Duration announceEvery;
    private final Duration overflowAfter;
    private final CallbackOffer callbackOffer;
    /** Callers who rang and are not queued, the latest last. */
    private final ArrayDeque<String> ringing = new ArrayDeque<>();
    private final List<String> queued = new ArrayList<>();
    private final Map<String, String> agents = new HashMap<>();
    private final Map<String, Instant> connections = new HashMap<>();
    private final Map<String, Instant> overflows = new HashMap<>();
    private final Map<String, Instant> callbacks = new HashMap<>();

    /** Callers queued hear an announcement every {@code announceEvery} and overflow after {@code overflowAfter} (null: never). */
    InboundCallers(DialerRig rig, Duration announceEvery, Duration overflowAfter) {
        this(rig, announceEvery, overflowAfter, null);
    }

    /** As above, and callers queued are offered {@code callbackOffer} (null: not). */
    InboundCallers(DialerRig rig, Duration announceEvery, Duration overflowAfter, CallbackOffer callbackOffer) {
        this.rig = rig;
        this.announceEvery = announceEvery;
        this.overflowAfter = overflowAfter;
        this.callbackOffer = callbackOffer;
        rig.network.listen(event -> {
            if (event.type() == CallEventType.INBOUND) ringing.add(event.callId());
        });
    }

    /** At {@code offset} from the start, answers the caller who rang last and queues the call, needing {@code skills}. */
    void queueAt(Duration offset, String contactId, String... skills) {
        queueAt(offset, QueuedCall.DEFAULT_PRIORITY, contactId, skills);
    }

    /** The next caller, answered and queued at {@code offset} with {@code priority}. */
    void queueAt(Duration offset, int priority, String contactId, String... skills) {
        rig.at(offset, () -> {
            String callId = ringing.removeLast();
            rig.network.answer(callId);
            queued.add(callId);
            rig.queue.enqueue(new QueuedCall(callId, "support", contactId, Set.of(skills), announceEvery, overflowAfter, priority,
                    callbackOffer), this);
        });
    }

    /** The call id of the n-th caller queued, from 0. */
    String caller(int n) {
        return queued.get(n);
    }

    /** The agent the n-th caller queued was put through to, or null. */
    String agentOf(int n) {
        return agents.get(caller(n));
    }

    /** When the n-th caller queued was put through to an agent, or null. */
    Instant connectedAt(int n) {
        return connections.get(caller(n));
    }

    /** When the n-th caller queued overflowed, or null. */
    Instant overflowedAt(int n) {
        return overflows.get(caller(n));
    }

    /** When the n-th caller queued accepted the callback offer, or null. */
    Instant callbackRequestedAt(int n) {
        return callbacks.get(caller(n));
    }

    /** The events of type {@code type} of the n-th caller queued. */
    List<CallEvent> events(int n, CallEventType type) {
        return rig.callEvents.stream().filter(e -> e.callId().equals(caller(n)) && e.type() == type).toList();
    }

    @Override
    public void connected(String callId, String agentId, Instant at) {
        agents.put(callId, agentId);
        connections.put(callId, at);
    }

    @Override
    public void overflowed(String callId, Instant at) {
        overflows.put(callId, at);
    }

    @Override
    public void callbackRequested(String callId, Instant at) {
        callbacks.put(callId, at);
    }
}
