package io.bpohub.core.workflow;

import io.bpohub.platform.services.IntentClass;
import io.bpohub.platform.services.StopReason;
import io.bpohub.platform.services.WorkflowStage;
import java.time.Instant;

/** The part of a contact's workflow state an outcome changes. */
public record Progress(WorkflowStage stage, IntentClass intentClass, int attempts, int unansweredAttempts, Instant nextAttemptAt,
                       StopReason stopReason) {
    public static final Progress NEW = new Progress(WorkflowStage.SCREENING, null, 0, 0, null, null);
}
