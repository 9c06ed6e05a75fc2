package io.bpohub.platform.services;

import java.util.List;

/** Every tried or used version of a script side by side, the LIVE one first. */
public record ScriptResults(String key, Integer liveVersion, List<VersionResult> versions) {
}
