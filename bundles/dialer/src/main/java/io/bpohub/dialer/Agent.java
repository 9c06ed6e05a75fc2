package io.bpohub.dialer;

import io.bpohub.api.dialer.AgentState;
import io.bpohub.api.telephony.Timeline;

import java.time.Duration;
import java.time.Instant;

/** One agent in an {@link AgentPool}; changed only by the pool. */
final class Agent {
    final String id;
    final String endpoint;
    final Duration wrapUp;
    AgentState state = AgentState.LOGGED_OUT;
    Instant since;
    /** Ends the wrap-up at its timeout; null outside wrap-up. */
    Timeline.Scheduled wrapUpTimeout;

    Agent(String id, String endpoint, Duration wrapUp) {
        this.id = id;
        this.endpoint = endpoint;
        this.wrapUp = wrapUp;
    }

    @Override
    public String toString() {
        return "agent " + id + " (" + state + ")";
    }
}
