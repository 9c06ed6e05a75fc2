package io.bpohub.core.dialing;

import io.bpohub.api.routing.Handler;

/**
 * Where an agent sits: whose agent (the tenant's own or the agency's, for the CDR and billing) and the team and
 * department a contact they take joins (so the contact is then theirs to follow up, in their part of the tree).
 */
public record AgentPlace(Handler handler, Long teamId, Long departmentId) {
    public static final AgentPlace UNKNOWN = new AgentPlace(Handler.IN_HOUSE, null, null);
}
