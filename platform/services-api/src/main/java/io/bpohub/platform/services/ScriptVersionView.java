package io.bpohub.platform.services;

import java.time.Instant;
import java.util.List;

/**
 * One version of a script. {@code warnings} says where a trial plan departs from the field's practice
 * (8–16 testers, 5–10 calls each); {@code forcedReason} is set when it went live before its target.
 */
public record ScriptVersionView(String key, int version, ScriptState state, ScriptContent content, List<String> testers,
                                Integer targetCalls, Instant createdAt, String createdBy, Instant trialStartedAt,
                                Instant liveAt, Instant retiredAt, String forcedReason, List<String> warnings) {
}
