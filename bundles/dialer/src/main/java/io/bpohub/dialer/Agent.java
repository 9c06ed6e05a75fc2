package io.bpohub.dialer;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.telephony.Timeline;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** One agent in an {@link AgentPool}; changed only by the pool. */
final class Agent {
    final String id;
    final String endpoint;
    final Duration wrapUp;
    /** What inbound calls the agent may take (languages, products...); outbound calls need none. */
    final Set<String> skills;
    AgentState state = AgentState.LOGGED_OUT;
    Instant since;
    /** The call the agent is on; null off a call. */
    String callId;
    /** The contact on the agent's screen during the call; null for an inbound caller nobody knows. */
    String contactId;
    /** Ends the wrap-up at its timeout; null outside wrap-up. */
    Timeline.Scheduled wrapUpTimeout;

    Agent(String id, String endpoint, Duration wrapUp, Set<String> skills) {
        this.id = id;
        this.endpoint = endpoint;
        this.wrapUp = wrapUp;
        this.skills = Set.copyOf(skills);
    }

    /** Whether the agent has every one of {@code needed}. */
    boolean has(Set<String> needed) {
        return skills.containsAll(needed);
    }

    @Override
    public String toString() {
        return "agent " + id + " (" + state + ")";
    }
}
