package io.bpohub.platform.services;

import java.time.Instant;

/**
 * Long-running work (rating, re-rating, imports) and how far it got: {@code done} of {@code total}
 * units. State RUNNING, SUCCEEDED or FAILED; {@code message} says what went wrong and what to do;
 * {@code result} is the finished work's report as JSON.
 */
public record JobView(String id, String kind, String tenant, String subject, String state, long done, long total, String message,
                      String result, Instant startedAt, String startedBy, Instant finishedAt) {
}
