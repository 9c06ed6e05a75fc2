package io.bpohub.api.telephony;

import java.time.Duration;
import java.util.Objects;

/**
 * An outbound call to place.
 *
 * @param to                 the number to call, E.164
 * @param callerId           the number presented (E.164), e.g. the campaign's
 * @param ringTimeout        how long to ring before {@link CallEventType#NO_ANSWER}
 * @param detectMachine      whether to tell answering machines from people ({@link CallEventType#ANSWERING_MACHINE})
 * @param tag                echoed in every event of the call (e.g. tenant/campaign/contact), at most 200 characters
 */
public record OriginateRequest(String to, String callerId, Duration ringTimeout, boolean detectMachine, String tag) {
    public OriginateRequest {
        if (to == null || !to.matches("\\+[1-9][0-9]{3,14}")) throw new IllegalArgumentException("a number to call is E.164 (+ and 4 to 15 digits): " + to);
        if (callerId != null && !callerId.matches("\\+[1-9][0-9]{3,14}")) throw new IllegalArgumentException("a caller id is E.164: " + callerId);
        Objects.requireNonNull(ringTimeout, "ringTimeout");
        if (ringTimeout.isNegative() || ringTimeout.isZero()) throw new IllegalArgumentException("a ring timeout is positive");
        if (tag != null && tag.length() > 200) throw new IllegalArgumentException("a call tag is at most 200 characters");
    }
}
