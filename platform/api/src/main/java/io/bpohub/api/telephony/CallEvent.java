package io.bpohub.api.telephony;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened to a call, at the gateway's time.
 *
 * @param callId   the gateway's id of the call
 * @param type     what happened
 * @param at       when, on the gateway's {@link Timeline}
 * @param from     calling number (E.164) or endpoint; null when not known
 * @param to       called number (E.164) or endpoint; null when not known
 * @param endpoint the agent endpoint or outside number the event concerns (bridge, transfer, conference); else null
 * @param party    who hung up, for {@link CallEventType#HUNG_UP}; else null
 * @param detail   digits, recording reference, message or monitor mode, by type; else null
 * @param tag      the tag given when the call was originated (or null): lets the caller find its own record
 */
public record CallEvent(String callId, CallEventType type, Instant at, String from, String to, String endpoint,
                        CallParty party, String detail, String tag) {
    public CallEvent {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        if (type == CallEventType.HUNG_UP && party == null) throw new IllegalArgumentException("a hang-up says who hung up");
    }
}
