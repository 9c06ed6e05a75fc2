package io.bpohub.api.dialer;

import java.time.Instant;
import java.util.Objects;

/**
 * One change of an agent's state, as the platform stores it (agent status history, occupancy, timesheets).
 *
 * @param agentId     the agent
 * @param from        the state left
 * @param to          the state entered
 * @param at          when, on the gateway's timeline
 * @param pauseReason why, when {@code to} is {@link AgentState#PAUSED}; else null
 * @param contactId   the contact on the agent's screen ({@link AgentState#RESERVED} in preview, {@link AgentState#ON_CALL}); else null
 * @param callId      the gateway's call, for {@link AgentState#ON_CALL}; else null
 */
public record AgentStateChange(String agentId, AgentState from, AgentState to, Instant at, String pauseReason,
                               String contactId, String callId) {
    public AgentStateChange {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(at, "at");
        if (to == AgentState.PAUSED && (pauseReason == null || pauseReason.isBlank())) throw new IllegalArgumentException("a pause has a reason");
    }
}
