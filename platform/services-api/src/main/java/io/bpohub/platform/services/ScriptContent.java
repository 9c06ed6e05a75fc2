package io.bpohub.platform.services;

import java.util.List;

/** What the agent reads: the opening, the interaction (questions and objections with their answers), the close. */
public record ScriptContent(String opening, List<ScriptItem> interaction, String close) {
}
