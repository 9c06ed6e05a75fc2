package io.bpohub.api.dialer;

import java.time.Instant;

/**
 * Where a campaign's dialer takes the next number from: the platform's list, cadence and callback schedule,
 * which knows calling hours in the contact's time zone, do-not-call entries and redial rules. Called on the
 * gateway's timeline; must answer quickly (keep the next numbers ready in memory).
 */
public interface NumberSupply {
    /** The next contact to call at {@code now}, or null when none is dialable now (outside calling hours, none due, list done). */
    DialTarget next(Instant now);

    /**
     * A target {@link #next} gave that the dialer did not call: offer it again from {@code notBefore} on (e.g. the
     * end of the no-redial period after an abandoned call, or now when the dialer no longer needed it).
     */
    void putBack(DialTarget target, Instant notBefore);

    /** What became of a call placed to a target (cadence, callbacks, the no-redial rule after an abandoned call). */
    void completed(CallRecord record);
}
