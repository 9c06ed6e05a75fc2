package io.bpohub.rest.resources;

import io.bpohub.platform.services.ChannelDirectory;
import io.bpohub.platform.services.ChannelView;
import io.bpohub.platform.services.MigrationReport;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.TenantService;
import io.bpohub.rest.CallerContext;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

/** Agency operations: schema migrations and the deployed channel bundles. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {
    private final TenantService tenants;
    private final ChannelDirectory channels;

    public AdminResource(TenantService tenants, ChannelDirectory channels) {
        this.tenants = tenants;
        this.channels = channels;
    }

    /** Migrates every tenant database; one tenant failing is reported and does not stop the others. */
    @POST
    @Path("/admin/migrations")
    public List<MigrationReport> migrate(@Context SecurityContext sc) {
        return tenants.migrateAll(CallerContext.of(sc));
    }

    /** Channel providers registered right now by deployed bundles. */
    @GET
    @Path("/channels")
    public List<ChannelView> channels(@Context SecurityContext sc) {
        if (!CallerContext.of(sc).isPermitted("agency:channel:read")) {
            throw PlatformException.forbidden("only agency staff with channel rights see the deployed channels");
        }
        return channels.channels();
    }
}
