package io.bpohub.platform.services;

/** What a campaign does. */
public enum CampaignKind {
    OUTBOUND_SALES,
    /** Outbound survey or data collection, often a temporary project handed to the agency. */
    OUTBOUND_SURVEY,
    INBOUND_SERVICE
}
