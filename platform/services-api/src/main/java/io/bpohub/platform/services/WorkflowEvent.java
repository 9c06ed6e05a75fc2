package io.bpohub.platform.services;

import java.time.Instant;

/** One entry of a contact's history: an outcome or a grade change, with the class, stage and grade before and after. */
public record WorkflowEvent(long id, Instant at, String actor, String kind, String callRef, String dispositionKey,
                           CallResult result, IntentClass fromClass, IntentClass toClass, WorkflowStage fromStage,
                           WorkflowStage toStage, LeadGrade fromGrade, LeadGrade toGrade, Instant nextAttemptAt, String note) {
}
