package io.bpohub.dialer;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.QueueListener;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.api.telephony.CallEvent;
import io.bpohub.api.telephony.CallEventType;
import io.bpohub.api.telephony.TelephonyException;
import io.bpohub.api.telephony.TelephonyGateway;
import io.bpohub.api.telephony.Timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The inbound queue of one campaign run: callers the platform has answered wait here for the run's agents. Driven by
 * the gateway's {@link Timeline} and, like the dialer, not thread-safe: {@link CampaignRun} hands calls over to it.
 * <p>
 * A caller goes to the ready agent idle longest who has every skill the call needs; with none, the caller waits, and
 * callers are served highest {@link QueuedCall#priority()} first and, among equals, longest waiting first: an agent
 * who becomes ready takes the first such caller whose skills the agent has. Outbound calls a person answered come first (the connect-time rule abandons them within seconds):
 * the dialer hears the agents before the queue ({@link #start} after {@link CampaignDialer#start}), so an agent it
 * has just put through is no longer ready when the queue looks.
 * <p>
 * A waiting caller hears, every {@link QueuedCall#announceEvery()}, their position and the next time the expected
 * wait, in turn; the interval counts from the end of the last announcement (its PLAYED event), or from its start
 * while the end is not reported. At {@link QueuedCall#overflowAfter()} the caller leaves the queue for the platform
 * to route elsewhere. At {@link QueuedCall#callbackOffer()} the caller hears the offer to be called back (after the
 * announcement playing, if any) and may press its key to leave the queue for the platform to book the callback; any
 * other answer, and the caller waits on with the same place and hears the offer again as long after. The agent of a call goes to wrap-up when the caller hangs up or the agent's side leaves the call
 * (UNBRIDGED: the caller may stay on the line for the platform).
 */
final class CallQueue implements AutoCloseable {
    /** A caller waiting, with the timers that run while they wait. */
    private static final class Caller {
        final QueuedCall call;
        final QueueListener listener;
        Timeline.Scheduled overflow;
        Timeline.Scheduled nextAnnouncement;
        /** Announcements so far: even turns tell the position, odd ones the expected wait. */
        int announcements;
        /** The announcement playing, until its PLAYED event; else null. */
        String playing;
        Timeline.Scheduled callbackOffer;
        /** The callback offer is due but an announcement is playing: it comes when that one has played. */
        boolean offerDue;
        /** The callback offer is playing, or the caller's key is awaited: no announcements meanwhile. */
        boolean offering;

        Caller(QueuedCall call, QueueListener listener) {
            this.call = call;
            this.listener = listener;
        }
    }

    private static final System.Logger LOG = System.getLogger(CallQueue.class.getName());
    /** How many recent inbound calls the expected wait is learnt from: enough to be steady, few enough to follow the day. */
    private static final int RECENT_CALLS = 50;
    private static final int LONGEST_HANDLE_SECONDS = 3600;
    /** How long a caller has to press the key after the callback offer. */
    static final int OFFER_ANSWER_SECONDS = 5;

    private final String campaignId;
    private final TelephonyGateway gateway;
    private final Timeline timeline;
    private final AgentPool agents;
    /** Callers waiting, by call id, longest waiting first. */
    private final Map<String, Caller> waiting = new LinkedHashMap<>();
    /** Calls put through to an agent (who has it now is the pool's business), until the call or the agent's side of it ends. */
    private final Set<String> connected = new HashSet<>();
    /** When each agent took the inbound call they are on or wrapping up: its handle time ends with the wrap-up. */
    private final Map<String, Instant> handling = new HashMap<>();
    private final SlidingDurations handleTimes = new SlidingDurations(RECENT_CALLS, LONGEST_HANDLE_SECONDS);
    private AutoCloseable gatewaySubscription;
    private AutoCloseable poolSubscription;
    private boolean closing;

    CallQueue(String campaignId, TelephonyGateway gateway, AgentPool agents) {
        this.campaignId = Objects.requireNonNull(campaignId, "campaignId");
        this.gateway = Objects.requireNonNull(gateway, "gateway");
        this.timeline = gateway.timeline();
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    /** Starts listening to the gateway and the agents; after {@link CampaignDialer#start}, so that its answered calls come first. */
    void start() {
        gatewaySubscription = gateway.listen(this::onCallEvent);
        poolSubscription = agents.listen(this::onAgentChange);
    }

    /**
     * Puts the answered call through to the ready agent idle longest who has its skills, or queues it. Once the queue is
     * closed the call overflows at once, back to the platform.
     *
     * @throws IllegalStateException the call is in the queue or with an agent already
     */
    void enqueue(QueuedCall call, QueueListener listener) {
        Objects.requireNonNull(listener, "listener");
        String callId = call.callId();
        if (waiting.containsKey(callId) || connected.contains(callId)) {
            throw new IllegalStateException("call " + callId + " is already queued to campaign " + campaignId);
        }
        Caller caller = new Caller(call, listener);
        if (closing) {
            overflowed(caller);
            return;
        }
        Agent agent = agents.longestIdleReady(call.skills());
        if (agent != null) {
            connect(caller, agent);
            return;
        }
        waiting.put(callId, caller);
        Instant now = timeline.now();
        if (call.overflowAfter() != null) caller.overflow = timeline.schedule(now.plus(call.overflowAfter()), () -> overflow(caller));
        if (call.announceEvery() != null) caller.nextAnnouncement = timeline.schedule(now.plus(call.announceEvery()), () -> announce(caller));
        if (call.callbackOffer() != null) caller.callbackOffer = timeline.schedule(now.plus(call.callbackOffer().after()), () -> offerCallback(caller));
    }

    /** Callers waiting for an agent now. */
    int callsWaiting() {
        return waiting.size();
    }

    /**
     * Gives every waiting caller back to the platform ({@link QueueListener#overflowed}) and takes no more; listens on
     * until the last call with an agent has ended, so that its agent goes to wrap-up.
     */
    @Override
    public void close() {
        closing = true;
        for (Caller caller : List.copyOf(waiting.values())) overflow(caller);
        if (connected.isEmpty()) unsubscribe();
    }

    // --- agents ---

    private void onAgentChange(AgentStateChange change) {
        if (change.from() == AgentState.WRAP_UP) {
            Instant tookCall = handling.remove(change.agentId());
            if (tookCall != null) handleTimes.add(Duration.between(tookCall, change.at()).toMillis() / 1000.0);
        }
        if (change.to() == AgentState.READY) putThrough();
    }

    /**
     * Puts waiting callers through in turn (highest priority first, then longest waiting), each to the ready agent idle
     * longest who has the call's skills. Run when an agent becomes ready; the dialer has served its answered calls by
     * then, so the agent may be taken already.
     */
    private void putThrough() {
        for (Caller caller : inTurn()) {
            if (agents.count(AgentState.READY) == 0) return;
            Agent agent = agents.longestIdleReady(caller.call.skills());
            if (agent != null) connect(caller, agent);
        }
    }

    /** Bridges the caller to the agent; a caller who has hung up meanwhile is dropped (HUNG_UP follows). */
    private void connect(Caller caller, Agent agent) {
        leave(caller);
        String callId = caller.call.callId();
        try {
            gateway.bridge(callId, agent.endpoint);
        } catch (TelephonyException e) {
            return; // the caller has hung up: HUNG_UP follows
        }
        Instant now = timeline.now();
        connected.add(callId);
        handling.put(agent.id, now);
        agents.connect(agent, caller.call.contactId(), callId);
        tell(caller, () -> caller.listener.connected(callId, agent.id, now));
    }

    // --- calls ---

    private void onCallEvent(CallEvent event) {
        Caller caller = waiting.get(event.callId());
        if (caller == null) {
            if (event.type() == CallEventType.HUNG_UP || event.type() == CallEventType.UNBRIDGED) conversationEnded(event.callId());
        } else if (event.type() == CallEventType.HUNG_UP) {
            // the caller gave up; the platform writes the record of its inbound calls
            leave(caller);
        } else if (event.type() == CallEventType.PLAYED && event.detail() != null && event.detail().equals(caller.playing)) {
            played(caller, event.at());
        } else if (event.type() == CallEventType.DTMF && caller.offering) {
            answered(caller, event.detail() == null ? "" : event.detail(), event.at());
        }
    }

    /** The caller or the agent has left the call: the agent wraps up, once, whatever the caller does next. */
    private void conversationEnded(String callId) {
        if (!connected.remove(callId)) return;
        agents.callEnded(callId);
        if (closing && connected.isEmpty()) unsubscribe();
    }

    /** The next announcement, with the next one due an interval later unless the end of this one is reported first. */
    private void announce(Caller caller) {
        caller.nextAnnouncement = timeline.schedule(timeline.now().plus(caller.call.announceEvery()), () -> announce(caller));
        String message = nextAnnouncement(caller);
        try {
            gateway.play(caller.call.callId(), message);
            caller.playing = message;
        } catch (TelephonyException e) {
            // the caller has just hung up (HUNG_UP follows) or still hears the last message: this one is skipped
        }
    }

    private void played(Caller caller, Instant at) {
        caller.playing = null;
        if (caller.nextAnnouncement != null) caller.nextAnnouncement.cancel();
        if (caller.offering) {
            try {
                gateway.collectDigits(caller.call.callId(), 1, OFFER_ANSWER_SECONDS);
            } catch (TelephonyException e) {
                // the caller has just hung up: HUNG_UP follows
            }
        } else if (caller.offerDue) {
            offerCallback(caller);
        } else if (caller.call.announceEvery() != null) {
            caller.nextAnnouncement = timeline.schedule(at.plus(caller.call.announceEvery()), () -> announce(caller));
        }
    }

    /** The offer to be called back, now or, while an announcement plays, once it has played; announcements wait meanwhile. */
    private void offerCallback(Caller caller) {
        if (caller.playing != null) {
            caller.offerDue = true;
            return;
        }
        caller.offerDue = false;
        if (caller.nextAnnouncement != null) caller.nextAnnouncement.cancel();
        String prompt = caller.call.callbackOffer().prompt();
        try {
            gateway.play(caller.call.callId(), prompt);
            caller.playing = prompt;
            caller.offering = true;
        } catch (TelephonyException e) {
            // the caller has just hung up: HUNG_UP follows
        }
    }

    /**
     * The caller's answer to the offer: its key leaves the queue for a callback; anything else waits on, announcements
     * resumed and the offer made again as long after.
     */
    private void answered(Caller caller, String keys, Instant at) {
        caller.offering = false;
        if (keys.startsWith(caller.call.callbackOffer().key())) {
            leave(caller);
            tell(caller, () -> caller.listener.callbackRequested(caller.call.callId(), at));
            return;
        }
        if (caller.call.announceEvery() != null) caller.nextAnnouncement = timeline.schedule(at.plus(caller.call.announceEvery()), () -> announce(caller));
        caller.callbackOffer = timeline.schedule(at.plus(caller.call.callbackOffer().after()), () -> offerCallback(caller));
    }

    /**
     * The position, or in turn the expected wait: as many mean handle times (talk and wrap-up) of this run's recent
     * inbound calls as callers up to this one, shared among the logged-in agents with the call's skills (paused ones
     * too: they are usually back within the wait), in minutes rounded up. Callers ahead who need other skills count
     * too, as they may take the same agents. With no call handled yet or no such agent there is no honest figure:
     * the position again.
     */
    private String nextAnnouncement(Caller caller) {
        int position = positionOf(caller);
        boolean waitTurn = caller.announcements++ % 2 == 1;
        int agentsWithSkills = agents.loggedInWith(caller.call.skills());
        double handleSeconds = handleTimes.mean();
        if (!waitTurn || agentsWithSkills == 0 || Double.isNaN(handleSeconds)) return QueuedCall.positionMessage(position);
        return QueuedCall.waitMessage((long) Math.ceil(position * handleSeconds / agentsWithSkills / 60));
    }

    /** 1 for the caller served next: highest priority, and among equals waiting longest. */
    private int positionOf(Caller caller) {
        return inTurn().indexOf(caller) + 1;
    }

    /** The waiting callers in the order they are served: by priority, then by arrival (the sort is stable). */
    private List<Caller> inTurn() {
        List<Caller> callers = new ArrayList<>(waiting.values());
        callers.sort(Comparator.comparingInt((Caller c) -> c.call.priority()).reversed());
        return callers;
    }

    private void overflow(Caller caller) {
        leave(caller);
        overflowed(caller);
    }

    private void overflowed(Caller caller) {
        Instant now = timeline.now();
        tell(caller, () -> caller.listener.overflowed(caller.call.callId(), now));
    }

    /** The caller is no longer waiting: put through, overflowed, or gone. */
    private void leave(Caller caller) {
        waiting.remove(caller.call.callId());
        if (caller.overflow != null) caller.overflow.cancel();
        if (caller.nextAnnouncement != null) caller.nextAnnouncement.cancel();
        if (caller.callbackOffer != null) caller.callbackOffer.cancel();
    }

    /** A failing listener (the platform's routing) must not cost the queue its state. */
    private void tell(Caller caller, Runnable news) {
        try {
            news.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "campaign " + campaignId + ": the queue listener failed on call " + caller.call.callId(), e);
        }
    }

    private void unsubscribe() {
        Subscriptions.close(campaignId, gatewaySubscription, poolSubscription);
    }
}
