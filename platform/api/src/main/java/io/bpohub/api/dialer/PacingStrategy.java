package io.bpohub.api.dialer;

import java.time.ZoneId;

/**
 * A way of pacing predictive calls. The dialer asks each running campaign's {@link CampaignPacer} at every pacing
 * tick (about once a second of timeline time) how many new calls to place. Whatever a strategy answers, the dialer
 * keeps the abandon limit: it places fewer calls (down to one per ready agent) when more could break the limit.
 * Registered as an OSGi service with the property {@code strategy} (its name), so strategies can be deployed and
 * compared side by side.
 */
public interface PacingStrategy {
    /** A short stable name, e.g. {@code progressive} or {@code vicidial-adapt-tapered}. */
    String name();

    /** A pacer holding one campaign's state (learnt rates, dial level...); the dialer makes one per campaign run. */
    CampaignPacer newPacer(String campaignId, ZoneId zone);
}
