package io.bpohub.platform.services;

import java.time.Instant;

/**
 * A call's record (CDR) as a search finds it.
 *
 * @param mode         PREVIEW, PROGRESSIVE, PREDICTIVE or INBOUND; null for records from the billing API
 * @param number       the number called, or the caller's number of an inbound call
 * @param recording    the recording's reference (conversation or voicemail), or null; the audio is served by the dialing API
 * @param surveyScore  the caller's satisfaction score, or null
 * @param heldAt       when an agent first put the call on hold, or null
 * @param heldSeconds  how long the call was on hold in all
 * @param transferredTo the agent or outside number the call was last transferred to, or null
 * @param conferencedWith the outside number last added to the call, or null
 */
public record CallView(String callId, Instant startedAt, String mode, String number, Long contactId, String campaign, String queue,
                       String agent, String handler, String result, int talkSeconds, Instant queuedAt, Instant connectedAt,
                       Instant endedAt, String hungUpBy, String ivrPath, Integer surveyScore, String recording,
                       Instant heldAt, int heldSeconds, String transferredTo, String conferencedWith) {
}
