/**
 * Outbound dialing: agent states, dial modes, the abandon (drop) policy of a tenant, the
 * {@link io.bpohub.api.dialer.PacingStrategy pacing strategy} shape that lets several strategies run side by
 * side, the {@link io.bpohub.api.dialer.NumberSupply supply of numbers} the platform's cadence and callback
 * schedule offers to the dialer, and the {@link io.bpohub.api.dialer.CallRecord call record} the dialer
 * gives back for every call it placed; and the inbound side: a campaign's runs take
 * {@link io.bpohub.api.dialer.QueuedCall inbound calls queued} to them and hand each to the ready agent idle
 * longest who has the skills it needs, or
 * {@link io.bpohub.api.dialer.CallbackOffer offer to call the caller back}; agents on a call transfer it, directly
 * or after consulting the target first.
 */
@org.osgi.annotation.versioning.Version("1.3.0")
package io.bpohub.api.dialer;
