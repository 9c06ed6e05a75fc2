package io.bpohub.platform.services;

import java.util.List;

/** The screen pop: the contact, its workflow state, its history, its callbacks and its assignments. */
public record ContactCard(ContactView contact, WorkflowState state, List<WorkflowEvent> history, List<CallbackView> callbacks,
                          List<AssignmentChange> assignments) {
}
