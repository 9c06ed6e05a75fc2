package io.bpohub.dialer;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.dialer.AgentStateChange;
import io.bpohub.api.dialer.AgentStateListener;
import io.bpohub.api.dialer.QueuedCall;
import io.bpohub.api.telephony.Timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.bpohub.api.dialer.AgentState.LOGGED_OUT;
import static io.bpohub.api.dialer.AgentState.ON_CALL;
import static io.bpohub.api.dialer.AgentState.PAUSED;
import static io.bpohub.api.dialer.AgentState.READY;
import static io.bpohub.api.dialer.AgentState.RESERVED;
import static io.bpohub.api.dialer.AgentState.WRAP_UP;

/**
 * The agents working a campaign and their state machine: logged out → ready ⇄ reserved → on call → wrap-up →
 * ready, with pauses (for a reason) from ready or wrap-up. Wrap-up ends on the agent's word or at the agent's
 * wrap-up timeout. Every change goes to the listeners, in order, after the change is complete (a listener may
 * change states itself; its changes are delivered after the current one). The dialer's outbound calls and the
 * run's inbound queue share the agents: each takes the ready agent idle longest (who has the skills an inbound
 * call needs).
 * <p>
 * Driven by the gateway's {@link Timeline} like the dialer: not thread-safe, so agents' requests (pause, ready,
 * log out) are made from timeline tasks.
 */
public final class AgentPool {
    private static final System.Logger LOG = System.getLogger(AgentPool.class.getName());
    private final Timeline timeline;
    private final Map<String, Agent> agents = new HashMap<>();
    /** Ready agents in the order they became ready: the first is the one idle longest. */
    private final Set<Agent> ready = new LinkedHashSet<>();
    /** Agents on a call, by call id: a call transferred to another agent moves here, and ends with that agent. */
    private final Map<String, Agent> onCall = new HashMap<>();
    /** Calls whose agent is consulting someone before a transfer, by call id: the target as the agent named it. */
    private final Map<String, String> consultations = new HashMap<>();
    /** The colleague reserved for a consultation, by call id. */
    private final Map<String, Agent> consulted = new HashMap<>();
    private final int[] counts = new int[AgentState.values().length];
    private final List<AgentStateListener> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<AgentStateChange> undelivered = new ArrayDeque<>();
    private boolean delivering;

    public AgentPool(Timeline timeline) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
    }

    /** Starts delivering every state change to {@code listener}; closing the handle stops it. */
    public AutoCloseable listen(AgentStateListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    /** The agent logs in, ready for calls at {@code endpoint}; wrap-up after each call ends after {@code wrapUp} at the latest. */
    public void login(String agentId, String endpoint, Duration wrapUp) {
        login(agentId, endpoint, wrapUp, Set.of());
    }

    /** As {@link #login(String, String, Duration)}, with the skills inbound calls may need ({@link QueuedCall#skills()}). */
    public void login(String agentId, String endpoint, Duration wrapUp, Set<String> skills) {
        Objects.requireNonNull(agentId, "agentId");
        if (endpoint == null || endpoint.isBlank()) throw new IllegalArgumentException("an agent has an endpoint");
        if (wrapUp == null || wrapUp.isNegative()) throw new IllegalArgumentException("a wrap-up time is >= 0");
        Objects.requireNonNull(skills, "skills");
        Agent known = agents.get(agentId);
        if (known != null && known.state != LOGGED_OUT) throw new IllegalStateException(known + " is already logged in");
        Agent agent = new Agent(agentId, endpoint, wrapUp, skills);
        agents.put(agentId, agent);
        move(agent, READY, null, null, null);
    }

    public void logout(String agentId) {
        move(agent(agentId, "log out", READY, PAUSED, WRAP_UP), LOGGED_OUT, null, null, null);
    }

    /** Stops calls to the agent, from ready or from wrap-up, for {@code reason}; a paused agent may change the reason. */
    public void pause(String agentId, String reason) {
        if (reason == null || reason.isBlank()) throw new IllegalArgumentException("a pause has a reason");
        move(agent(agentId, "pause", READY, WRAP_UP, PAUSED), PAUSED, reason, null, null);
    }

    /** The agent takes calls again: back from a pause, or done with wrap-up before its timeout. */
    public void ready(String agentId) {
        move(agent(agentId, "become ready", PAUSED, WRAP_UP), READY, null, null, null);
    }

    public AgentState state(String agentId) {
        Agent agent = agents.get(agentId);
        return agent == null ? LOGGED_OUT : agent.state;
    }

    /** How many logged-in agents are in {@code state} (0 for {@link AgentState#LOGGED_OUT}). */
    public int count(AgentState state) {
        return counts[state.ordinal()];
    }

    // --- the dialer's side ---

    /** The ready agent idle longest, or null. */
    Agent longestIdleReady() {
        return longestIdleReady(Set.of());
    }

    /** The ready agent idle longest who has every one of {@code skills}, or null. */
    Agent longestIdleReady(Set<String> skills) {
        for (Agent agent : ready) {
            if (agent.has(skills)) return agent;
        }
        return null;
    }

    /** How many logged-in agents, in any state, have every one of {@code skills}. */
    int loggedInWith(Set<String> skills) {
        int count = 0;
        for (Agent agent : agents.values()) {
            if (agent.state != LOGGED_OUT && agent.has(skills)) count++;
        }
        return count;
    }

    /**
     * Holds a ready agent for a call about {@code contactId} (the contact is on the agent's screen): a preview call to
     * be placed ({@code callId} null), or a consultation about call {@code callId}.
     */
    void reserve(Agent agent, String contactId, String callId) {
        require(agent, "reserve", READY);
        move(agent, RESERVED, null, contactId, callId);
    }

    /** Gives a reserved agent back (the preview call was not answered). */
    void release(Agent agent) {
        require(agent, "release", RESERVED);
        move(agent, READY, null, null, null);
    }

    /** Puts the agent on {@code callId}; {@code contactId} pops up on the agent's screen (null: an inbound caller nobody knows). */
    void connect(Agent agent, String contactId, String callId) {
        require(agent, "connect", READY, RESERVED);
        Objects.requireNonNull(callId, "callId");
        agent.callId = callId;
        agent.contactId = contactId;
        onCall.put(callId, agent);
        move(agent, ON_CALL, null, contactId, callId);
    }

    /**
     * The call ended, or its agent's side left it: the agent on it, if any (a call transferred to an outside number
     * has none), wraps up until ready or the wrap-up timeout.
     */
    void callEnded(String callId) {
        consultationEnded(callId);
        Agent agent = onCall.get(callId);
        if (agent != null) wrapUp(agent);
    }

    /**
     * The agent consults {@code target} about their call; {@code colleague}, when the target is an agent of the pool, is
     * ready and is reserved for it with the call and its contact on screen.
     */
    void consult(Agent agent, String target, Agent colleague) {
        require(agent, "consult about the call of", ON_CALL);
        if (colleague != null) {
            reserve(colleague, agent.contactId, agent.callId);
            consulted.put(agent.callId, colleague);
        }
        consultations.put(agent.callId, target);
    }

    /** Whom the agent on {@code callId} consults, or null. */
    String consultation(String callId) {
        return consultations.get(callId);
    }

    /** The consultation about {@code callId}, if any, is over: a colleague consulted and still reserved for it is ready again. */
    void consultationEnded(String callId) {
        consultations.remove(callId);
        Agent colleague = consulted.remove(callId);
        if (colleague != null && colleague.state == RESERVED) release(colleague);
    }

    /** Whether {@code agent} is reserved for a consultation about {@code callId}. */
    boolean consultedOn(Agent agent, String callId) {
        return consulted.get(callId) == agent;
    }

    /**
     * The agent's call was transferred: to {@code taker} (a ready agent of the pool, or the one reserved for a
     * consultation about the call, who is now on the call with its contact on screen), or to an outside number
     * ({@code taker} null). A consultation about the call ends; the agent wraps up.
     */
    void transferred(Agent agent, Agent taker) {
        require(agent, "transfer the call of", ON_CALL);
        String callId = agent.callId;
        String contactId = agent.contactId;
        if (consulted.get(callId) == taker) consulted.remove(callId); // the consulted colleague takes the call
        consultationEnded(callId);
        wrapUp(agent);
        if (taker != null) connect(taker, contactId, callId);
    }

    /** The agent on a call now, by agent id. */
    Agent onCall(String agentId) {
        return agent(agentId, "find the call of", ON_CALL);
    }

    /** A logged-in agent of the pool, or null. */
    Agent loggedIn(String agentId) {
        Agent agent = agents.get(agentId);
        return agent == null || agent.state == LOGGED_OUT ? null : agent;
    }

    private void wrapUp(Agent agent) {
        onCall.remove(agent.callId);
        agent.callId = null;
        agent.contactId = null;
        move(agent, WRAP_UP, null, null, null);
        agent.wrapUpTimeout = timeline.schedule(timeline.now().plus(agent.wrapUp), () -> {
            agent.wrapUpTimeout = null;
            if (agent.state == WRAP_UP) move(agent, READY, null, null, null);
        });
    }

    /** Seconds each agent on a call has talked. */
    double[] onCallElapsed(Instant now) {
        return secondsOf(ON_CALL, now, false);
    }

    /** Seconds each agent in wrap-up has left before the timeout. */
    double[] wrapUpRemaining(Instant now) {
        return secondsOf(WRAP_UP, now, true);
    }

    private double[] secondsOf(AgentState state, Instant now, boolean remainingWrapUp) {
        double[] seconds = new double[count(state)];
        int i = 0;
        for (Agent agent : agents.values()) {
            if (agent.state != state) continue;
            double elapsed = (now.toEpochMilli() - agent.since.toEpochMilli()) / 1000.0;
            seconds[i++] = remainingWrapUp ? Math.max(0, agent.wrapUp.toMillis() / 1000.0 - elapsed) : elapsed;
        }
        return seconds;
    }

    Agent agent(String agentId, String action, AgentState... allowed) {
        Agent agent = agents.get(Objects.requireNonNull(agentId, "agentId"));
        if (agent == null) throw new IllegalStateException("agent " + agentId + " is not logged in");
        require(agent, action, allowed);
        return agent;
    }

    private static void require(Agent agent, String action, AgentState... allowed) {
        if (!EnumSet.of(allowed[0], allowed).contains(agent.state)) {
            throw new IllegalStateException("cannot " + action + " " + agent + ": that needs " + EnumSet.of(allowed[0], allowed));
        }
    }

    private void move(Agent agent, AgentState to, String pauseReason, String contactId, String callId) {
        AgentState from = agent.state;
        if (agent.wrapUpTimeout != null) {
            agent.wrapUpTimeout.cancel();
            agent.wrapUpTimeout = null;
        }
        if (from != LOGGED_OUT) counts[from.ordinal()]--;
        if (to != LOGGED_OUT) counts[to.ordinal()]++;
        ready.remove(agent);
        if (to == READY) ready.add(agent);
        agent.state = to;
        agent.since = timeline.now();
        undelivered.add(new AgentStateChange(agent.id, from, to, agent.since, pauseReason, contactId, callId));
        deliver();
    }

    private void deliver() {
        if (delivering) return;
        delivering = true;
        try {
            for (AgentStateChange change = undelivered.poll(); change != null; change = undelivered.poll()) {
                for (AgentStateListener listener : listeners) {
                    try {
                        listener.changed(change);
                    } catch (RuntimeException e) {
                        // one failing listener (e.g. a store that is down) must not stop the state machine or the others
                        LOG.log(System.Logger.Level.ERROR, "an agent state listener failed on " + change, e);
                    }
                }
            }
        } finally {
            delivering = false;
        }
    }
}
