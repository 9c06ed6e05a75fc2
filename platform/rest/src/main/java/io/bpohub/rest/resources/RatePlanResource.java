package io.bpohub.rest.resources;

import io.bpohub.api.billing.RatePlan;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.rest.CallerContext;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** The agency's rate plans. */
@Path("/rate-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RatePlanResource {
    private final BillingService billing;

    public RatePlanResource(BillingService billing) {
        this.billing = billing;
    }

    @GET
    public List<RatePlan> plans(@Context SecurityContext sc) {
        return billing.plans(CallerContext.of(sc));
    }

    /** Creates or replaces a rate plan (a new revision; charges already rated keep theirs until re-rated). */
    @PUT
    @Path("/{id}")
    public RatePlan savePlan(@Context SecurityContext sc, @PathParam("id") String id, RatePlan plan) {
        if (plan == null || !id.equals(plan.id())) throw PlatformException.invalid("id", "the plan's id must be " + id);
        return billing.savePlan(CallerContext.of(sc), plan);
    }
}
