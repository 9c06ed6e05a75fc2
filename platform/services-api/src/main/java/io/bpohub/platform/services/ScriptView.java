package io.bpohub.platform.services;

import java.time.Instant;
import java.util.List;

/** A script with where its versions stand: the LIVE version number (null if none), trials and the open draft. */
public record ScriptView(String key, String name, Integer liveVersion, List<Integer> trialVersions, Integer draftVersion,
                         int versions, Instant createdAt, String createdBy) {
}
