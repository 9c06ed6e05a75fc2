package io.bpohub.rest.resources;

import io.bpohub.platform.services.BulletinService;
import io.bpohub.platform.services.BulletinView;
import io.bpohub.platform.services.NewBulletin;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.ReadReceipt;
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
import java.util.List;

/** Bulletins down the tree, with read receipts. */
@Path("/tenants/{slug}/bulletins")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BulletinResource {
    private final BulletinService bulletins;

    public BulletinResource(BulletinService bulletins) {
        this.bulletins = bulletins;
    }

    @GET
    public Page<BulletinView> list(@Context SecurityContext sc, @PathParam("slug") String slug,
                                   @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return bulletins.bulletins(CallerContext.of(sc), slug, page, size);
    }

    @POST
    public Response post(@Context SecurityContext sc, @PathParam("slug") String slug, NewBulletin bulletin) {
        return Response.status(Response.Status.CREATED).entity(bulletins.post(CallerContext.of(sc), slug, bulletin)).build();
    }

    @POST
    @Path("/{id}/read")
    public BulletinView markRead(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return bulletins.markRead(CallerContext.of(sc), slug, id);
    }

    @GET
    @Path("/{id}/receipts")
    public List<ReadReceipt> receipts(@Context SecurityContext sc, @PathParam("slug") String slug, @PathParam("id") long id) {
        return bulletins.receipts(CallerContext.of(sc), slug, id);
    }
}
