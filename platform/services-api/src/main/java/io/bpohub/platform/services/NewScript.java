package io.bpohub.platform.services;

/** A new script: {@code key} is what campaigns reference (lower case, digits, - and _). */
public record NewScript(String key, String name) {
}
