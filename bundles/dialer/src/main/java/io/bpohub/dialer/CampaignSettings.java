package io.bpohub.dialer;

import io.bpohub.api.dialer.DialMode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How one campaign dials.
 *
 * @param campaignId       the campaign (at most 100 characters: it starts the tag of every call)
 * @param mode             preview, progressive, predictive, or inbound (no calls placed)
 * @param callerId         the number presented (E.164); null for the gateway's default
 * @param ringTimeout      how long a call rings before it counts as not answered
 * @param detectMachine    whether the gateway tells answering machines from people (machines are hung up)
 * @param zone             the campaign's time zone (today's tallies, the end of the dialing day)
 * @param dialingEnds      the latest dialing time of day in {@code zone}, shown to pacing strategies; null if none
 * @param tickInterval     how often the pacing strategy is asked
 * @param previewTime      in preview mode, how long the agent sees the contact before the call is placed
 * @param maxCallsInFlight the most calls ringing or waiting at once (trunk capacity)
 */
public record CampaignSettings(String campaignId, DialMode mode, String callerId, Duration ringTimeout, boolean detectMachine,
                               ZoneId zone, LocalTime dialingEnds, Duration tickInterval, Duration previewTime,
                               int maxCallsInFlight) {
    public CampaignSettings {
        if (campaignId == null || campaignId.isBlank() || campaignId.length() > 100) throw new IllegalArgumentException("a campaign id has 1 to 100 characters");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(zone, "zone");
        positive(ringTimeout, "a ring timeout");
        positive(tickInterval, "a tick interval");
        if (previewTime == null || previewTime.isNegative()) throw new IllegalArgumentException("a preview time is >= 0");
        if (maxCallsInFlight < 1) throw new IllegalArgumentException("at least one call in flight");
    }

    /**
     * Defaults: the gateway's caller id, a 26 s ring timeout (above the 25 s most phones are answered within),
     * machine detection, no end of day, a 1 s tick, 10 s of preview, 500 calls in flight.
     */
    public static CampaignSettings of(String campaignId, DialMode mode, ZoneId zone) {
        return new CampaignSettings(campaignId, mode, null, Duration.ofSeconds(26), true, zone, null, Duration.ofSeconds(1),
                Duration.ofSeconds(10), 500);
    }

    public CampaignSettings withDialingEnds(LocalTime dialingEnds) {
        return new CampaignSettings(campaignId, mode, callerId, ringTimeout, detectMachine, zone, dialingEnds, tickInterval,
                previewTime, maxCallsInFlight);
    }

    /** When the dialing day that contains {@code now} ends; null when no end is set. */
    Instant dialingEndsAt(Instant now) {
        return dialingEnds == null ? null : now.atZone(zone).toLocalDate().atTime(dialingEnds).atZone(zone).toInstant();
    }

    private static void positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) throw new IllegalArgumentException(what + " is positive");
    }
}
