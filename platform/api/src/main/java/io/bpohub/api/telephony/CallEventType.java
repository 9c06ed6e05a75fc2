package io.bpohub.api.telephony;

/** What happened to a call. */
public enum CallEventType {
    /** An outbound call is ringing at the far end. */
    RINGING,
    /** A person answered (after answering-machine detection, when it was asked for). */
    ANSWERED,
    /** An answering machine or voicemail answered. The call stays up until hung up. */
    ANSWERING_MACHINE,
    /** The far end was busy. Final. */
    BUSY,
    /** Nobody answered within the ring timeout. Final. */
    NO_ANSWER,
    /** The number does not exist or the network refused it (special information tone). Final. */
    INVALID_NUMBER,
    /** An inbound call arrived at one of the gateway's numbers ({@link CallEvent#from()}, {@link CallEvent#to()}). */
    INBOUND,
    /** The call is connected to an agent's endpoint ({@link CallEvent#endpoint()}). */
    BRIDGED,
    HELD,
    RESUMED,
    /**
     * The agent's side left a bridged call (the agent hung up first); the caller is still on the line, answered,
     * for the platform to play to (a satisfaction survey), bridge again or hang up ({@link CallEvent#endpoint()}
     * is the agent's endpoint).
     */
    UNBRIDGED,
    /**
     * The caller is on hold while the agent talks to another party before handing the call over (an attended
     * transfer; {@link CallEvent#endpoint()} is that party). Since API 1.3.0.
     */
    CONSULTING,
    /** The call left its agent for another endpoint or an outside number ({@link CallEvent#endpoint()}). */
    TRANSFERRED,
    /** A third party joined ({@link CallEvent#endpoint()}). */
    CONFERENCED,
    /** A supervisor started listening, whispering or barging ({@link CallEvent#detail()} is the mode). */
    MONITORED,
    /** A recording started; {@link CallEvent#detail()} is the recording's reference. */
    RECORDING_STARTED,
    /** A recording ended; {@link CallEvent#detail()} is the recording's reference, now complete. */
    RECORDING_STOPPED,
    /** A message finished playing ({@link CallEvent#detail()} is the message). */
    PLAYED,
    /** Digits collected ({@link CallEvent#detail()}; empty on timeout). */
    DTMF,
    /** The call ended; {@link CallEvent#party()} says who hung up. Final. */
    HUNG_UP;

    /** Whether no event follows this one for the call. */
    public boolean isFinal() {
        return this == BUSY || this == NO_ANSWER || this == INVALID_NUMBER || this == HUNG_UP;
    }
}
