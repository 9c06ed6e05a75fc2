package io.bpohub.dialer;

import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.PacingStrategy;

import java.time.ZoneId;

/** A reckless strategy: asks for far more calls than agents at every tick, to show the dialer's clamp. */
final class OverDialing implements PacingStrategy {
    @Override
    public String name() {
        return "over-dialing";
    }

    @Override
    public CampaignPacer newPacer(String campaignId, ZoneId zone) {
        return snapshot -> 10 * snapshot.agentsLoggedIn() + 10;
    }
}
