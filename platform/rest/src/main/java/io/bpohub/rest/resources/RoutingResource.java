package io.bpohub.rest.resources;

import io.bpohub.api.routing.HandlerSpan;
import io.bpohub.api.routing.RoutingDecision;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.routing.RoutingQuestion;
import io.bpohub.platform.services.CalendarService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RoutingPolicyService;
import io.bpohub.rest.CallerContext;
import io.bpohub.rest.PluggableServices;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/** Who handles a tenant's work: policies, single decisions with explanations, and week timelines. */
@Path("/tenants/{slug}/routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingResource {
    private final RoutingPolicyService policies;
    private final CalendarService calendars;
    private final PluggableServices plugins;

    public RoutingResource(RoutingPolicyService policies, CalendarService calendars, PluggableServices plugins) {
        this.policies = policies;
        this.calendars = calendars;
        this.plugins = plugins;
    }

    /** The policy in force for a campaign (its override, else the tenant's). */
    @GET
    @Path("/policy")
    public RoutingPolicy policy(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("campaign") String campaign) {
        return policies.policy(CallerContext.of(sc), slug, campaign);
    }

    /** The tenant's policy (key "") and every campaign override. */
    @GET
    @Path("/policies")
    public Map<String, RoutingPolicy> policies(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return policies.policies(CallerContext.of(sc), slug);
    }

    @PUT
    @Path("/policy")
    public RoutingPolicy setPolicy(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("campaign") String campaign,
                                   RoutingPolicy policy) {
        return policies.setPolicy(CallerContext.of(sc), slug, campaign, policy);
    }

    @DELETE
    @Path("/policy")
    public Response clearOverride(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("campaign") String campaign) {
        policies.clearOverride(CallerContext.of(sc), slug, campaign);
        return Response.noContent().build();
    }

    /** Who handles this tenant's call or attempt at {@code at} (default now), with the rule and the reason. */
    @GET
    @Path("/decision")
    public RoutingDecision decide(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("campaign") String campaign,
                                  @QueryParam("at") String at, @QueryParam("inHouseAvailable") @DefaultValue("true") boolean inHouseAvailable,
                                  @QueryParam("waitedSeconds") @DefaultValue("0") int waitedSeconds) {
        policies.policy(CallerContext.of(sc), slug, campaign); // the caller may read this tenant's routing
        Instant instant = at == null ? Instant.now() : instant(at);
        return plugins.routing().decide(new RoutingQuestion(slug, campaign, instant, inHouseAvailable, waitedSeconds));
    }

    /** Seven days from {@code start} (a date in the tenant's zone; default this week's Monday) as handler spans. */
    @GET
    @Path("/week")
    public List<HandlerSpan> week(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("campaign") String campaign,
                                  @QueryParam("start") String start) {
        Caller caller = CallerContext.of(sc);
        policies.policy(caller, slug, campaign);
        ZoneId zone = calendars.calendar(caller, slug).zone();
        LocalDate first = start == null ? LocalDate.now(zone).with(java.time.DayOfWeek.MONDAY) : CalendarResource.date(start, "start");
        return plugins.routing().timeline(slug, campaign, first.atStartOfDay(zone).toInstant(), first.plusDays(7).atStartOfDay(zone).toInstant());
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid("at", "at must be an ISO-8601 instant such as 2026-02-17T02:00:00Z");
        }
    }
}
