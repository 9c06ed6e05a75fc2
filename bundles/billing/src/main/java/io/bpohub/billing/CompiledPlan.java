package io.bpohub.billing;

import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatingException;

import java.time.Instant;
import java.time.zone.ZoneRules;

/** A rate plan prepared for rating: its zone rules and its versions by effective date. */
final class CompiledPlan {
    final RatePlan source;
    final ZoneRules zone;
    private final EffectiveDates<CompiledVersion> versions;

    CompiledPlan(RatePlan plan) {
        this.source = plan;
        this.zone = plan.zone().getRules();
        this.versions = new EffectiveDates<>(plan.versions(), v -> v.effectiveFrom(), v -> new CompiledVersion(plan.id(), v));
    }

    /** The version in force on the local date of {@code start} (what a start just before midnight sees is the old price). */
    CompiledVersion inForce(LocalStart start, Instant instant, String what) {
        CompiledVersion version = versions.inForce(start.epochDay);
        if (version == null) {
            throw new RatingException(what + ": rate plan " + source.id() + " has no version in force at " + instant
                    + " (local " + start.text() + " " + source.zone() + ")");
        }
        return version;
    }
}
