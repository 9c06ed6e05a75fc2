package io.bpohub.platform.services;

/** A complaint as the agent records it; {@code campaignKey} may be empty. */
public record NewComplaint(Long contactId, String campaignKey, String category, String description, ComplaintSeverity severity) {
}
