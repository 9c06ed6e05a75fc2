package io.bpohub.api.dialer;

import io.bpohub.api.telephony.CallParty;

import java.time.Instant;
import java.util.Objects;

/**
 * One call the dialer placed, when it has ended: the source of the CDR. Times are on the gateway's timeline;
 * those of steps the call did not reach are null.
 *
 * @param callId       the gateway's call id; null when the gateway refused the call
 * @param campaignId   the campaign that placed it
 * @param mode         the campaign's dial mode when it was placed
 * @param contactId    the contact called
 * @param number       the number called, E.164
 * @param agentId      the agent it was connected to (or reserved for, in preview); else null
 * @param originatedAt when the dialer placed it
 * @param ringingAt    when the far end rang
 * @param answeredAt   when a person (or a machine) answered
 * @param connectedAt  when it was bridged to the agent
 * @param abandonedAt  when it was lost for want of an agent: the safe-harbor message started, or the person hung up waiting
 * @param endedAt      when it ended
 * @param outcome      how it ended
 * @param hungUpBy     who ended it; null when it never came up (busy, no answer, invalid, refused)
 */
public record CallRecord(String callId, String campaignId, DialMode mode, String contactId, String number, String agentId,
                         Instant originatedAt, Instant ringingAt, Instant answeredAt, Instant connectedAt,
                         Instant abandonedAt, Instant endedAt, CallOutcome outcome, CallParty hungUpBy) {
    public CallRecord {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(originatedAt, "originatedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(outcome, "outcome");
        if (outcome == CallOutcome.CONNECTED && (agentId == null || connectedAt == null)) throw new IllegalArgumentException("a connected call has an agent and a connect time");
        if (outcome == CallOutcome.ABANDONED && abandonedAt == null) throw new IllegalArgumentException("an abandoned call has an abandon time");
    }
}
