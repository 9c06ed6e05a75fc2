/**
 * Who handles a call or an outbound attempt now: the client's in-house agents or the agency.
 * A {@link io.bpohub.api.routing.RoutingService} decides from the tenant's
 * {@link io.bpohub.api.routing.RoutingPolicy} and business calendar, with an explanation.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package io.bpohub.api.routing;
