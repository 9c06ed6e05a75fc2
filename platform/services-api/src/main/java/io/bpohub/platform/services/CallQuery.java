package io.bpohub.platform.services;

import java.time.Instant;

/**
 * Filters for a call-record export; every one optional (null), all given ones must match.
 *
 * @param from              calls started at or after
 * @param to                calls started before
 * @param destinationPrefix E.164 digits the number starts with, e.g. "8613"
 * @param minTalkSeconds    only calls talking at least this long
 * @param queue             inbound calls that waited in this queue
 * @param recorded          true: only calls with a recording (conversations, voicemails)
 */
public record CallQuery(String campaign, String agent, Instant from, Instant to, String result, String handler, String destinationPrefix,
                        Integer minTalkSeconds, String queue, Boolean recorded) {
    /** Every call. */
    public static final CallQuery ALL = new CallQuery(null, null, null, null, null, null, null, null, null, null);

}
