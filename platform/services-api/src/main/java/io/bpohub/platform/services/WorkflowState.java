package io.bpohub.platform.services;

import java.time.Instant;

/** Where a contact stands in its campaign's workflow; {@code nextAttemptAt} null = not to be called (see {@code stopReason}). */
public record WorkflowState(long contactId, String campaignKey, WorkflowStage stage, IntentClass intentClass, LeadGrade leadGrade,
                            int attempts, int unansweredAttempts, Instant lastCalledAt, String lastDisposition,
                            CallResult lastResult, Instant nextAttemptAt, StopReason stopReason) {
}
