package io.bpohub.api.telephony;

/** Who ended a call. */
public enum CallParty {
    /** The contact or inbound caller. */
    CUSTOMER,
    /** The agent (or supervisor) on the call. */
    AGENT,
    /** The platform (abandoned call after its message, end of an IVR path, forced hang-up). */
    PLATFORM,
    /** The network (failure, timeout). */
    NETWORK
}
