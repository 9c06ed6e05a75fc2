package io.bpohub.core.security;

import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.Role;
import org.apache.shiro.subject.Subject;

/** A caller backed by an authenticated Shiro subject. */
final class ShiroCaller implements Caller {
    private final Subject subject;
    private final UserPrincipal principal;
    private final String origin;

    ShiroCaller(Subject subject, UserPrincipal principal, String origin) {
        this.subject = subject;
        this.principal = principal;
        this.origin = origin;
    }

    UserPrincipal principal() { return principal; }

    @Override public String username() { return principal.username(); }
    @Override public Role role() { return principal.role(); }
    @Override public String tenantSlug() { return principal.tenantSlug(); }
    @Override public Long departmentId() { return principal.departmentId(); }
    @Override public Long teamId() { return principal.teamId(); }
    @Override public DataScope dataScope() { return RolePermissions.dataScope(principal.role()); }
    @Override public boolean isPermitted(String permission) { return subject.isPermitted(permission); }
    @Override public String origin() { return origin; }

    @Override
    public String toString() {
        return principal.username() + (principal.tenantSlug() == null ? "@agency" : "@" + principal.tenantSlug());
    }
}
