package io.bpohub.api.dialer;

/** How a dialer's call ended. */
public enum CallOutcome {
    /** A person answered and was connected to an agent. */
    CONNECTED,
    /** A person answered and no agent was on the call within the connect time (safe-harbor message, hang-up). */
    ABANDONED,
    ANSWERING_MACHINE,
    BUSY,
    NO_ANSWER,
    INVALID_NUMBER,
    /** The gateway refused or lost the call before anyone answered. */
    FAILED;

    /** Whether a person answered (the denominator of the abandon rate). */
    public boolean isLiveAnswer() {
        return this == CONNECTED || this == ABANDONED;
    }
}
