package io.bpohub.platform.services;

import java.time.Instant;

/** A bulletin for one unit ({@code unitId} null = the whole tenant); {@code expiresAt} optional. */
public record NewBulletin(Long unitId, String title, String body, Instant expiresAt) {
}
