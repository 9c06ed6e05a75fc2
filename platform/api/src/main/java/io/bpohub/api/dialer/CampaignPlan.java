package io.bpohub.api.dialer;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the platform asks a {@link Dialer} to run for one campaign.
 *
 * @param campaignId the campaign (the platform uses {@code tenant/campaignKey}); the dialer tags each call it places
 *                   {@code <campaignId>#<n>} ({@link io.bpohub.api.telephony.OriginateRequest#tag()}), so the call's events name it
 * @param mode       preview, progressive or predictive
 * @param callerId   the number presented (E.164), or null for the gateway's default
 * @param zone       the campaign's time zone (its dialing day and today's tallies)
 * @param policy     the tenant's abandon rules
 * @param strategy   the pacing strategy's {@link PacingStrategy#name()} for predictive mode; null for the dialer's own
 * @param pastAnswers the campaign's live answers within the policy's long window before this run, in any order: they
 *                    count in its abandon windows (since 1.3.0)
 */
public record CampaignPlan(String campaignId, DialMode mode, String callerId, ZoneId zone, AbandonPolicy policy, String strategy,
                           List<PastAnswer> pastAnswers) {
    public CampaignPlan {
        if (campaignId == null || campaignId.isBlank()) throw new IllegalArgumentException("a campaign plan names its campaign");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(policy, "policy");
        pastAnswers = pastAnswers == null ? List.of() : List.copyOf(pastAnswers);
    }

    /** A campaign with no calls before this run. */
    public CampaignPlan(String campaignId, DialMode mode, String callerId, ZoneId zone, AbandonPolicy policy, String strategy) {
        this(campaignId, mode, callerId, zone, policy, strategy, List.of());
    }
}
