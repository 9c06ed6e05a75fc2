package io.bpohub.rest.resources;

import io.bpohub.platform.services.LabourRate;
import io.bpohub.platform.services.MarginService;
import io.bpohub.rest.CallerContext;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/** What an hour of an agency agent's (or agency team's) seat time costs the agency, effective-dated. */
@Path("/labour-rates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LabourRateResource {
    private final MarginService margins;

    public LabourRateResource(MarginService margins) {
        this.margins = margins;
    }

    @GET
    public List<LabourRate> rates(@Context SecurityContext sc) {
        return margins.labourRates(CallerContext.of(sc));
    }

    /** Adds a rate {agent or teamId, perHour, currency, effectiveFrom}, replacing one for the same subject and date. */
    @POST
    public Response save(@Context SecurityContext sc, LabourRate rate) {
        return Response.status(Response.Status.CREATED).entity(margins.saveLabourRate(CallerContext.of(sc), rate)).build();
    }
}
