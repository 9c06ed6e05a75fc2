package io.bpohub.platform.services;

import java.time.Instant;

/** A bulletin; {@code read} is whether the person asking has read it, {@code reads} how many people have. */
public record BulletinView(long id, Long unitId, String title, String body, String postedBy, Instant postedAt,
                           Instant expiresAt, boolean read, long reads) {
}
