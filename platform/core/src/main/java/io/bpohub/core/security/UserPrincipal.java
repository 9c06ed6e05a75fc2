package io.bpohub.core.security;

import io.bpohub.platform.services.Role;
import java.io.Serializable;

/** Who is logged in, resolved once at authentication: role and position in the org tree. */
public record UserPrincipal(long userId, String username, Role role, String tenantSlug, Long departmentId, Long teamId)
        implements Serializable {
}
