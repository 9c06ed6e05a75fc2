package io.bpohub.rest.resources;

import io.bpohub.platform.services.NewTenant;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.TenantExport;
import io.bpohub.platform.services.TenantService;
import io.bpohub.platform.services.TenantView;
import io.bpohub.rest.CallerContext;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
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

/** Client companies: onboarding, suspension, export, offboarding. */
@Path("/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TenantResource {
    public record SuspendRequest(String reason) {
    }

    private final TenantService tenants;

    public TenantResource(TenantService tenants) {
        this.tenants = tenants;
    }

    @GET
    public Page<TenantView> list(@Context SecurityContext sc, @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("50") int size) {
        return tenants.list(CallerContext.of(sc), page, size);
    }

    /** Onboards a client: creates its database, its own MariaDB account and its schema. */
    @POST
    public Response create(@Context SecurityContext sc, NewTenant tenant) {
        return Response.status(Response.Status.CREATED).entity(tenants.create(CallerContext.of(sc), tenant)).build();
    }

    @GET
    @Path("/{slug}")
    public TenantView get(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return tenants.get(CallerContext.of(sc), slug);
    }

    @POST
    @Path("/{slug}/suspend")
    public TenantView suspend(@Context SecurityContext sc, @PathParam("slug") String slug, SuspendRequest request) {
        return tenants.suspend(CallerContext.of(sc), slug, request == null ? null : request.reason());
    }

    @POST
    @Path("/{slug}/resume")
    public TenantView resume(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return tenants.resume(CallerContext.of(sc), slug);
    }

    @POST
    @Path("/{slug}/export")
    public TenantExport export(@Context SecurityContext sc, @PathParam("slug") String slug) {
        return tenants.export(CallerContext.of(sc), slug);
    }

    /** Removes a suspended, exported tenant's database; {@code confirm} must repeat the slug. */
    @DELETE
    @Path("/{slug}")
    public TenantView offboard(@Context SecurityContext sc, @PathParam("slug") String slug, @QueryParam("confirm") String confirm) {
        return tenants.offboard(CallerContext.of(sc), slug, confirm);
    }
}
