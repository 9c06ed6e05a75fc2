package io.bpohub.platform.services;

/** Assignment of contacts down the org tree, each level by the person responsible for it. */
public interface AssignmentService {
    AssignmentResult assign(Caller caller, String tenant, AssignmentRequest request);

    /**
     * An agent left (or moved): their contacts go back to their team's pool, or with {@code evenly} to the
     * team's other active agents; their open callbacks follow the contacts.
     */
    AssignmentResult reassignAgent(Caller caller, String tenant, String agent, boolean evenly);
}
