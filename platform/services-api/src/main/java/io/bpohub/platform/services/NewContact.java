package io.bpohub.platform.services;

/** A contact with where it is assigned in the tenant's tree (any level may be empty). */
public record NewContact(String name, String phone, Long departmentId, Long teamId, String agentUsername) {
}
