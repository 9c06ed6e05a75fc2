package io.bpohub.platform.services;

/** The outcome of one call made with a script version; {@code callRef} identifies the call (CDR id) so a retry is not counted twice. */
public record ScriptCall(String agentUsername, long talkSeconds, boolean success, String callRef) {
}
