package io.bpohub.platform.services;

import java.time.Instant;

/**
 * A callback or appointment. {@code state} is as of the question: a booked callback past its time is
 * DUE; {@code agentAway} says its team may take it (decision 0013).
 */
public record CallbackView(long id, long contactId, String contactName, String campaignKey, String agentUsername, Long teamId,
                           Instant dueAt, CallbackState state, boolean agentAway, String note, Instant bookedAt, String bookedBy,
                           Instant takenAt, String takenBy, Instant doneAt) {
}
