package io.bpohub.platform.services;

import io.bpohub.api.dialer.AgentState;
import java.time.Instant;

/**
 * An agent at the dialer: what the agent desktop shows and the supervisor's board lists.
 *
 * @param campaignKey the campaign the agent works, or null when not logged in to any
 * @param contactId   the contact on the agent's screen (reserved in preview, on the call, in wrap-up): the screen pop
 * @param callId      the gateway's call while on it
 * @param since       when the agent entered the state
 * @param onHold      whether the agent's call is on hold now
 * @param callerNumber the number of an inbound caller no contact matches (the agent may record them as a contact), else null
 * @param remotePhone the phone a remote agent works from, or null at the softphone
 * @param consulting  whom the agent talks to while the caller holds, before a transfer (user name or number), else null
 * @param version     moves on at every change of the desk: ask for the next desk after this one
 *                    ({@link DialingService#nextDesk}) rather than polling
 */
public record AgentDesk(String agent, String campaignKey, AgentState state, String pauseReason, Long contactId, String callId,
                        Instant since, boolean onHold, String callerNumber, String remotePhone, String consulting, long version) {
    /** Someone working no campaign now. */
    public static AgentDesk loggedOut(String agent, String campaignKey, long version) {
        return new AgentDesk(agent, campaignKey, AgentState.LOGGED_OUT, null, null, null, null, false, null, null, null, version);
    }
}
