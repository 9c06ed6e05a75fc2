package io.bpohub.platform.services;

/** One interaction item: a customer question or objection ({@code prompt}) and what the agent answers. */
public record ScriptItem(Kind kind, String prompt, String answer) {
    public enum Kind { QUESTION, OBJECTION }
}
