package io.bpohub.platform.services;

import java.time.Instant;

/**
 * A revision of a tenant's inbound plan (queues and IVR tree, JSON); revision 0 is the plan a tenant has before
 * saving one (callers hear that the number is not in service).
 */
public record InboundPlanView(long revision, String document, String savedBy, Instant savedAt) {
}
