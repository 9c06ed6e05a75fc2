package io.bpohub.platform.services;

/** Why a contact gets no further attempt. */
public enum StopReason {
    NEVER, MAX_ATTEMPTS, WRONG_NUMBER, WON, CAMPAIGN_ENDED,
    /** The number was found on a do-not-call list when the dialer was about to call it. */
    DO_NOT_CALL,
    /** The contact called in and an agent recorded them: not dialled until a disposition or a callback schedules it. */
    CALLED_IN
}
