package io.bpohub.platform.services;

/** Why a contact gets no further attempt. */
public enum StopReason {
    NEVER, MAX_ATTEMPTS, WRONG_NUMBER, WON, CAMPAIGN_ENDED
}
