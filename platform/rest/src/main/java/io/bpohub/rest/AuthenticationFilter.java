package io.bpohub.rest;

import io.bpohub.platform.services.AuditService;
import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import java.util.Set;
import java.util.UUID;
import javax.annotation.Priority;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import org.slf4j.MDC;

/** Every request except the public ones must carry a valid bearer token; unknown tokens are audited. */
@Priority(Priorities.AUTHENTICATION)
public final class AuthenticationFilter implements ContainerRequestFilter {
    static final String REQUEST_ID = "X-Request-Id";
    private static final Set<String> PUBLIC = Set.of("auth/login", "health", "metrics", "openapi.json");

    private final AuthService auth;
    private final AuditService audit;

    @Context
    private HttpServletRequest servletRequest;

    public AuthenticationFilter(AuthService auth, AuditService audit) {
        this.auth = auth;
        this.audit = audit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // correlation id for every log line of this request; echoed to the client as X-Request-Id
        String requestId = request.getHeaderString(REQUEST_ID);
        MDC.put("request", requestId != null && requestId.matches("[A-Za-z0-9._-]{1,64}") ? requestId : UUID.randomUUID().toString());
        String path = request.getUriInfo().getPath().replaceAll("^/+", "");
        if (PUBLIC.contains(path)) return;
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7) ? header.substring(7).trim() : null;
        String origin = origin();
        try {
            Caller caller = auth.authenticate(token, origin);
            request.setSecurityContext(new CallerContext(caller, request.getSecurityContext().isSecure()));
            MDC.put("user", caller.username());
            if (caller.tenantSlug() != null) MDC.put("tenant", caller.tenantSlug());
        } catch (PlatformException e) {
            if (token != null) audit.recordRefusal(null, null, "auth.token", request.getMethod() + " /" + path, e.getMessage(), origin);
            throw e;
        }
    }

    private String origin() {
        return servletRequest == null ? null : servletRequest.getRemoteAddr();
    }
}
