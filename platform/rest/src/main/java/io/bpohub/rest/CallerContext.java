package io.bpohub.rest;

import io.bpohub.platform.services.Caller;
import java.security.Principal;
import javax.ws.rs.core.SecurityContext;

/** Carries the authenticated {@link Caller} through JAX-RS's standard security context. */
public final class CallerContext implements SecurityContext {
    private final Caller caller;
    private final boolean secure;

    CallerContext(Caller caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    /** The caller behind a request that passed {@link AuthenticationFilter}. */
    public static Caller of(SecurityContext context) {
        if (context instanceof CallerContext c) return c.caller;
        throw new IllegalStateException("request was not authenticated");
    }

    @Override
    public Principal getUserPrincipal() {
        return caller::username;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.role().name().equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return "Bearer";
    }
}
