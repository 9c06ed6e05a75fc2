package io.bpohub.api.dialer;

/** One campaign's pacing state; called on the gateway's timeline, one tick at a time. */
@FunctionalInterface
public interface CampaignPacer {
    /** How many new calls to place now (0 or more); the dialer may place fewer (abandon limit, numbers available). */
    int callsToPlace(PacingSnapshot snapshot);
}
