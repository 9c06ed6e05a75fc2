package io.bpohub.rest.resources;

import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.JobView;
import io.bpohub.rest.CallerContext;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** Long-running work (rating jobs): state and progress, then the report. */
@Path("/jobs")
@Produces(MediaType.APPLICATION_JSON)
public class JobResource {
    private final BillingService billing;

    public JobResource(BillingService billing) {
        this.billing = billing;
    }

    @GET
    @Path("/{id}")
    public JobView job(@Context SecurityContext sc, @PathParam("id") String id) {
        return billing.job(CallerContext.of(sc), id);
    }
}
