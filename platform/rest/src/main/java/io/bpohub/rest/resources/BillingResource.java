package io.bpohub.rest.resources;

import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.ChargeSummary;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RatingReport;
import io.bpohub.rest.CallerContext;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/** A tenant's billing: its rate plan, call records, rating into charges, period closing. */
@Path("/tenants/{slug}/billing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BillingResource {
    public record PlanAssignment(String planId) {
    }

    private final BillingService billing;

    public BillingResource(BillingService billing) {
        this.billing = billing;
    }

    @PUT
    @Path("/rate-plan")
    public Response assign(@Context SecurityContext sc, @PathParam("slug") String slug, PlanAssignment assignment) {
        billing.assignPlan(CallerContext.of(sc), slug, assignment == null ? null : assignment.planId());
        return Response.noContent().build();
    }

    /** Records finished calls (the dialer and ACD do this; also for corrections and tests). */
    @POST
    @Path("/calls")
    public Response recordCalls(@Context SecurityContext sc, @PathParam("slug") String slug, List<CallRecord> calls) {
        return Response.status(Response.Status.CREATED).entity(billing.recordCalls(CallerContext.of(sc), slug, calls)).build();
    }

    /** Rates or re-rates the month: one charge per record, unchanged charges are not rewritten. */
    @POST
    @Path("/rating/{period}")
    public RatingReport rate(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        return billing.rate(CallerContext.of(sc), slug, month(period));
    }

    @GET
    @Path("/charges/{period}/summary")
    public List<ChargeSummary> summary(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        return billing.summary(CallerContext.of(sc), slug, month(period));
    }

    /** Locks the month: later corrections go to the next invoice. */
    @POST
    @Path("/periods/{period}/close")
    public Response close(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("period") String period) {
        billing.closePeriod(CallerContext.of(sc), slug, month(period));
        return Response.noContent().build();
    }

    private static YearMonth month(String text) {
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw PlatformException.invalid("period", "period must be a month such as 2026-11");
        }
    }
}
