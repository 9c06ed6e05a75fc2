package io.bpohub.api.dialer;

/** Where an agent is in the dialer's state machine. */
public enum AgentState {
    LOGGED_OUT,
    /** Waiting for a call. */
    READY,
    /** Held for one call: a preview contact on screen, or a call being connected. */
    RESERVED,
    /** Talking to a contact. */
    ON_CALL,
    /** After a call: notes and disposition; ends on the agent's word or after the agent's wrap-up time. */
    WRAP_UP,
    /** Not taking calls, for a stated reason (break, training, coaching...). */
    PAUSED;

    /** Whether the agent is working a call (occupancy counts these). */
    public boolean isBusy() {
        return this == RESERVED || this == ON_CALL || this == WRAP_UP;
    }
}
