package io.bpohub.platform.services;

import java.util.List;

/**
 * Hands a campaign's not yet assigned contacts one level down: to {@code targets} (department or team ids,
 * or agent usernames), at most {@code count} of them (null = all that match), only those matching the
 * filter fields that are set; with several targets they are spread evenly (counts differ by at most one).
 */
public record AssignmentRequest(String campaignKey, AssignmentLevel level, List<String> targets, Integer count,
                                IntentClass intentClass, WorkflowStage stage, LeadGrade leadGrade, String region, String city) {
}
