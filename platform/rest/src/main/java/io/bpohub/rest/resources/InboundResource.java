package io.bpohub.rest.resources;

import io.bpohub.platform.services.InboundCallView;
import io.bpohub.platform.services.InboundNumberView;
import io.bpohub.platform.services.InboundPlanView;
import io.bpohub.platform.services.InboundService;
import io.bpohub.platform.services.QueueToday;
import io.bpohub.rest.CallerContext;
import java.util.List;
import java.util.Set;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * A tenant's inbound calls: the numbers that bring them (assigned by the agency), the inbound plan (queues and the
 * IVR tree as one JSON document, saved as a new revision when it validates), agents' skills, and the calls in
 * progress for the supervisor's board.
 */
@Path("/tenants/{slug}/inbound")
@Produces(MediaType.APPLICATION_JSON)
public class InboundResource {
    private final InboundService inbound;

    public InboundResource(InboundService inbound) {
        this.inbound = inbound;
    }

    @GET
    @Path("/numbers")
    public List<InboundNumberView> numbers(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return inbound.numbers(CallerContext.of(sc), slug);
    }

    @PUT
    @Path("/numbers/{number}")
    public InboundNumberView assign(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("number") String number) {
        return inbound.assignNumber(CallerContext.of(sc), slug, number);
    }

    @DELETE
    @Path("/numbers/{number}")
    public Response release(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("number") String number) {
        inbound.releaseNumber(CallerContext.of(sc), slug, number);
        return Response.noContent().build();
    }

    @GET
    @Path("/plan")
    public InboundPlanView plan(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return inbound.plan(CallerContext.of(sc), slug);
    }

    /** The body is the plan's JSON document itself. */
    @PUT
    @Path("/plan")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public InboundPlanView savePlan(@Context SecurityContext sc, @PathParam("slug") String slug, String document) {
        return inbound.savePlan(CallerContext.of(sc), slug, document);
    }

    @GET
    @Path("/skills/{agent}")
    public Set<String> skills(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("agent") String agent) {
        return inbound.skills(CallerContext.of(sc), slug, agent);
    }

    @PUT
    @Path("/skills/{agent}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Set<String> setSkills(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("agent") String agent, Set<String> skills) {
        return inbound.setSkills(CallerContext.of(sc), slug, agent, skills);
    }

    @GET
    @Path("/live")
    public List<InboundCallView> live(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return inbound.live(CallerContext.of(sc), slug);
    }

    /** Each queue today: callers waiting now, service level, average speed of answer, abandons. */
    @GET
    @Path("/queues")
    public List<QueueToday> queues(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return inbound.queues(CallerContext.of(sc), slug);
    }
}
