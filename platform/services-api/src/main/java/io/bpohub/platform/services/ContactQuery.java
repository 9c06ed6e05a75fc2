package io.bpohub.platform.services;

/** Filters for a contact export; every one optional (null), all given ones must match. */
public record ContactQuery(String campaign, String stage, String intentClass, String leadGrade, Long departmentId, Long teamId,
                           String agent, String city, String region) {
}
