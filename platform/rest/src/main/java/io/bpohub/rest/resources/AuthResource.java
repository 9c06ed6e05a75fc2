package io.bpohub.rest.resources;

import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.LoginResult;
import io.bpohub.platform.services.PlatformException;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Consumes;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthResource {
    public record LoginRequest(String username, String password) {
    }

    private final AuthService auth;

    @Context
    private HttpServletRequest request;

    public AuthResource(AuthService auth) {
        this.auth = auth;
    }

    /** Password login; five wrong passwords lock the account for 15 minutes. */
    @POST
    @Path("/login")
    public LoginResult login(LoginRequest login) {
        if (login == null) throw PlatformException.invalid(null, "send {\"username\": ..., \"password\": ...}");
        return auth.login(login.username(), login.password(), request == null ? null : request.getRemoteAddr());
    }

    /** Ends the session the bearer token belongs to. */
    @POST
    @Path("/logout")
    public Response logout(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        auth.logout(authorization.substring("Bearer ".length()).trim());
        return Response.noContent().build();
    }
}
