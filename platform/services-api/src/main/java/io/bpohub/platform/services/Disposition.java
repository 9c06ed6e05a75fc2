package io.bpohub.platform.services;

/**
 * A campaign's wrap-up code, bound to a key the agent presses: what happened on the line, and for a
 * reached contact the intent class and/or stage it moves to (null = unchanged / derived from the class).
 */
public record Disposition(String key, String label, CallResult result, IntentClass intentClass, WorkflowStage stage) {
}
