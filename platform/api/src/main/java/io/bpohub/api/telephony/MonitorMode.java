package io.bpohub.api.telephony;

/** How a supervisor joins an agent's call. */
public enum MonitorMode {
    /** Hears both sides; nobody hears the supervisor. */
    LISTEN,
    /** Hears both sides; only the agent hears the supervisor. */
    WHISPER,
    /** Joins the conversation: both sides hear the supervisor. */
    BARGE
}
