package io.bpohub.platform.services;

/** ACTIVE ⇄ PAUSED → CLOSED; a closed campaign is final. */
public enum CampaignState {
    ACTIVE, PAUSED, CLOSED
}
