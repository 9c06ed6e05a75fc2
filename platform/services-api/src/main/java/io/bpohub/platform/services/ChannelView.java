package io.bpohub.platform.services;

import java.time.Instant;

/** A channel provider currently registered by some bundle. */
public record ChannelView(String type, String displayName, String bundle, String bundleVersion, long bundleId,
                          Instant registeredAt, long registrations) {
}
