package io.bpohub.dialer.pacing;

import io.bpohub.api.dialer.CampaignPacer;
import io.bpohub.api.dialer.PacingSnapshot;
import io.bpohub.api.dialer.PacingStrategy;
import org.osgi.service.component.annotations.Component;

import java.time.ZoneId;

/** One call per ready agent: never a call without an agent waiting for it, so never an abandon (while agents stay ready). */
@Component(service = PacingStrategy.class, property = "strategy=" + ProgressivePacing.NAME)
public final class ProgressivePacing implements PacingStrategy {
    public static final String NAME = "progressive";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public CampaignPacer newPacer(String campaignId, ZoneId zone) {
        return ProgressivePacing::callsForReadyAgents;
    }

    /** Ready agents not yet covered by a call ringing or waiting. */
    public static int callsForReadyAgents(PacingSnapshot snapshot) {
        return Math.max(0, snapshot.agentsReady() - snapshot.callsRinging() - snapshot.callsWaiting());
    }
}
