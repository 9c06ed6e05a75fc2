package io.bpohub.rest.resources;

import io.bpohub.platform.services.MembershipChange;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.OrgUnitView;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.UserView;
import io.bpohub.rest.CallerContext;
import java.util.List;
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

/** Department → team → agent trees; {@code owner} is {@code agency} or a tenant's slug. */
@Path("/orgs/{owner}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrgResource {
    public record MoveRequest(Long unitId) {
    }

    private final OrgService org;

    public OrgResource(OrgService org) {
        this.org = org;
    }

    @GET
    @Path("/tree")
    public List<OrgUnitView> tree(@Context SecurityContext sc, @PathParam("owner") String owner) {
        return org.tree(CallerContext.of(sc), owner);
    }

    @POST
    @Path("/units")
    public Response createUnit(@Context SecurityContext sc, @PathParam("owner") String owner, NewOrgUnit unit) {
        return Response.status(Response.Status.CREATED).entity(org.createUnit(CallerContext.of(sc), owner, unit)).build();
    }

    @GET
    @Path("/users")
    public Page<UserView> users(@Context SecurityContext sc, @PathParam("owner") String owner,
                                @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("50") int size) {
        return org.users(CallerContext.of(sc), owner, page, size);
    }

    @POST
    @Path("/users")
    public Response createUser(@Context SecurityContext sc, @PathParam("owner") String owner, NewUser user) {
        return Response.status(Response.Status.CREATED).entity(org.createUser(CallerContext.of(sc), owner, user)).build();
    }

    /** Moves a person to another unit in one step; the previous period stays in the history. */
    @POST
    @Path("/users/{username}/move")
    public UserView move(@Context SecurityContext sc, @PathParam("owner") String owner, @PathParam("username") String username,
                         MoveRequest move) {
        if (move == null || move.unitId() == null) throw PlatformException.invalid("unitId", "give the id of the unit to move to");
        return org.moveUser(CallerContext.of(sc), owner, username, move.unitId());
    }

    @GET
    @Path("/users/{username}/history")
    public List<MembershipChange> history(@Context SecurityContext sc, @PathParam("owner") String owner,
                                          @PathParam("username") String username) {
        return org.history(CallerContext.of(sc), owner, username);
    }
}
