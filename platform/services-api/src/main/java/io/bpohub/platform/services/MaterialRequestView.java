package io.bpohub.platform.services;

import java.time.Instant;

public record MaterialRequestView(long id, long contactId, String campaignKey, MaterialChannel channel, String material,
                                  String address, MaterialState state, Instant followUpAt, String note, String requestedBy,
                                  Long departmentId, Long teamId, Instant createdAt) {
}
