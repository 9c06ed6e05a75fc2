package io.bpohub.dialer;

import io.bpohub.api.dialer.CallOutcome;
import io.bpohub.api.dialer.CallRecord;
import io.bpohub.api.dialer.DialMode;
import io.bpohub.api.dialer.DialTarget;
import io.bpohub.api.telephony.CallParty;
import io.bpohub.api.telephony.Timeline;

import java.time.Instant;

/** One call the dialer placed, from originate to its record. */
final class DialedCall {
    enum Stage {
        /** Placed, not answered yet. */
        RINGING,
        /** A person answered; no agent yet. */
        WAITING,
        CONNECTED,
        /** Given up for want of an agent: safe-harbor message, then hang-up. */
        ABANDONED,
        /** A machine answered; being hung up. */
        MACHINE,
        /** Ended before anyone answered (busy, no answer, invalid number, refused): only its record is left to make. */
        ENDED
    }

    final String tag;
    final DialTarget target;
    final Instant originatedAt;
    /** The agent reserved before dialing (preview), else null. */
    final Agent reservedFor;
    String callId;
    Stage stage = Stage.RINGING;
    Agent agent;
    Instant ringingAt;
    Instant answeredAt;
    Instant connectedAt;
    Instant abandonedAt;
    Timeline.Scheduled abandonTimer;

    DialedCall(String tag, DialTarget target, Instant originatedAt, Agent reservedFor) {
        this.tag = tag;
        this.target = target;
        this.originatedAt = originatedAt;
        this.reservedFor = reservedFor;
    }

    CallRecord record(String campaignId, DialMode mode, Instant endedAt, CallOutcome outcome, CallParty hungUpBy) {
        Agent named = agent != null ? agent : reservedFor;
        return new CallRecord(callId, campaignId, mode, target.contactId(), target.number(), named == null ? null : named.id,
                originatedAt, ringingAt, answeredAt, connectedAt, abandonedAt, endedAt, outcome, hungUpBy);
    }
}
