/**
 * Outbound dialing: agent states, dial modes, the abandon (drop) policy of a tenant, the
 * {@link io.bpohub.api.dialer.PacingStrategy pacing strategy} shape that lets several strategies run side by
 * side, the {@link io.bpohub.api.dialer.NumberSupply supply of numbers} the platform's cadence and callback
 * schedule offers to the dialer, and the {@link io.bpohub.api.dialer.CallRecord call record} the dialer
 * gives back for every call it placed.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package io.bpohub.api.dialer;
