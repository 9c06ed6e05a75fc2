package io.bpohub.platform.services;

import java.time.Instant;

/**
 * An inbound call in progress, as the supervisor's board shows it.
 *
 * @param state    IVR, QUEUED, TALKING, SURVEY, VOICEMAIL or CALLBACK (booked, hearing the confirmation)
 * @param node     the IVR node the caller is at (or last passed)
 * @param queue    the queue the call waits or waited in, or null
 * @param agent    the agent who took it, or null
 * @param since    when the call entered its state
 */
public record InboundCallView(String callId, String caller, Long contactId, Instant arrivedAt, String state, String node, String queue,
                              Instant queuedAt, String agent, Instant since) {
}
