package io.bpohub.rest.resources;

import io.bpohub.platform.services.MaterialRequestService;
import io.bpohub.platform.services.MaterialRequestView;
import io.bpohub.platform.services.MaterialState;
import io.bpohub.platform.services.NewMaterialRequest;
import io.bpohub.platform.services.Page;
import io.bpohub.rest.CallerContext;
import javax.ws.rs.Consumes;
import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

/** Phone–mail–phone: material requested after a call, with the follow-up call time. */
@Path("/tenants/{slug}/material-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MaterialRequestResource {
    private final MaterialRequestService requests;

    public MaterialRequestResource(MaterialRequestService requests) {
        this.requests = requests;
    }

    @GET
    public Page<MaterialRequestView> list(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("state") String state,
                                          @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return requests.requests(CallerContext.of(sc), slug, Params.optionalEnum(MaterialState.class, state, "state"), page, size);
    }

    @POST
    public Response request(@Context SecurityContext sc, @PathParam("slug") String slug, NewMaterialRequest request) {
        return Response.status(Response.Status.CREATED).entity(requests.request(CallerContext.of(sc), slug, request)).build();
    }

    @GET
    @Path("/{id}")
    public MaterialRequestView get(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return requests.get(CallerContext.of(sc), slug, id);
    }
}
