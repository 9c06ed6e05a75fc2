package io.bpohub.platform.services;

import java.util.List;

/** Who tries a version and for how many calls in total (the field uses 8–16 testers × 5–10 calls each). */
public record TrialPlan(List<String> testers, int targetCalls) {
}
