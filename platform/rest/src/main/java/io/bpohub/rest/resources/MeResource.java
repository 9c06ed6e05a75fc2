package io.bpohub.rest.resources;

import io.bpohub.platform.services.ApiTokenView;
import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.UserView;
import io.bpohub.rest.CallerContext;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

@Path("/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {
    public record TokenRequest(String name, Integer validDays) {
    }

    private final AuthService auth;

    public MeResource(AuthService auth) {
        this.auth = auth;
    }

    @GET
    public UserView me(@Context SecurityContext sc) {
        return auth.me(CallerContext.of(sc));
    }

    @GET
    @Path("/permissions")
    public List<String> permissions(@Context SecurityContext sc) {
        return auth.permissions(CallerContext.of(sc));
    }

    @GET
    @Path("/tokens")
    public List<ApiTokenView> tokens(@Context SecurityContext sc) {
        return auth.apiTokens(CallerContext.of(sc));
    }

    /** Creates an API token for scripts; the token value is shown in this answer only. */
    @POST
    @Path("/tokens")
    public Response createToken(@Context SecurityContext sc, TokenRequest request) {
        ApiTokenView token = auth.createApiToken(CallerContext.of(sc), request == null ? null : request.name(),
                request == null ? null : request.validDays());
        return Response.status(Response.Status.CREATED).entity(token).build();
    }

    @DELETE
    @Path("/tokens/{id}")
    public Response revokeToken(@Context SecurityContext sc, @PathParam("id") long id) {
        auth.revokeApiToken(CallerContext.of(sc), id);
        return Response.noContent().build();
    }
}
