package io.bpohub.rest.resources;

import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.Page;
import io.bpohub.rest.CallerContext;
import java.net.URI;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/**
 * A tenant's campaigns (decision 0013): offer, dates, up to four daily dialing windows, teams, dispositions,
 * cadence, script and operating mode; ACTIVE ⇄ PAUSED → CLOSED. Agents and QA read them; tenant admins and
 * supervisors write them.
 */
@Path("/tenants/{slug}/campaigns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CampaignResource {
    private final CampaignService campaigns;

    public CampaignResource(CampaignService campaigns) {
        this.campaigns = campaigns;
    }

    @GET
    public Page<CampaignView> list(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("state") String state,
                                   @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return campaigns.list(CallerContext.of(sc), slug, Params.optionalEnum(CampaignState.class, state, "state"), page, size);
    }

    @GET
    @Path("/{key}")
    public CampaignView get(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key) {
        return campaigns.get(CallerContext.of(sc), slug, key);
    }

    /** Creates the campaign under {@code key}; windows, dispositions and cadence left out take the defaults of decision 0013. */
    @POST
    @Path("/{key}")
    public Response create(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key, CampaignSpec spec) {
        CampaignView created = campaigns.create(CallerContext.of(sc), slug, key, spec);
        return Response.created(URI.create("/api/v1/tenants/" + slug + "/campaigns/" + created.key())).entity(created).build();
    }

    /** Replaces the whole definition (not the state); refused for a closed campaign. */
    @PUT
    @Path("/{key}")
    public CampaignView update(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key, CampaignSpec spec) {
        return campaigns.update(CallerContext.of(sc), slug, key, spec);
    }

    @POST
    @Path("/{key}/pause")
    public CampaignView pause(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key) {
        return campaigns.pause(CallerContext.of(sc), slug, key);
    }

    @POST
    @Path("/{key}/resume")
    public CampaignView resume(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key) {
        return campaigns.resume(CallerContext.of(sc), slug, key);
    }

    /** Final: no further outcomes, no resume. */
    @POST
    @Path("/{key}/close")
    public CampaignView close(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("key") String key) {
        return campaigns.close(CallerContext.of(sc), slug, key);
    }
}
