package io.bpohub.core.access;

import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.security.RolePermissions;
import io.bpohub.platform.services.Caller;

/**
 * The one place that decides whether a caller may touch an owner's things (a tenant's, or the
 * agency's when {@code tenantSlug} is null). A person of one tenant is refused anything of another
 * tenant before any permission is looked at; every refusal is audited. Agency staff reaching into a
 * tenant is allowed only by permission and is audited too.
 */
public final class Guard {
    private final AuditLog audit;

    public Guard(AuditLog audit) {
        this.audit = audit;
    }

    public void require(Caller caller, String tenantSlug, String resource, String action, String target) {
        check(caller, tenantSlug, resource, action, target, tenantSlug);
    }

    /**
     * For the agency's own operations on tenants (onboarding, suspension ...): the permission is an
     * agency one, but a refusal is audited against the tenant it concerned.
     */
    public void requireAgency(Caller caller, String resource, String action, String concernedTenant) {
        check(caller, null, resource, action, concernedTenant == null ? "all tenants" : concernedTenant, concernedTenant);
    }

    private void check(Caller caller, String tenantSlug, String resource, String action, String target, String auditTenant) {
        String what = resource + "." + action;
        if (caller.tenantSlug() != null && !caller.tenantSlug().equals(tenantSlug)) {
            String owner = tenantSlug == null ? "the agency" : "tenant " + tenantSlug;
            throw audit.refuse(caller, auditTenant, what, target,
                    "cross-tenant access refused: " + target + " belongs to " + owner + ", you belong to tenant " + caller.tenantSlug());
        }
        if (!caller.isPermitted(RolePermissions.permission(tenantSlug, resource, action))) {
            throw audit.refuse(caller, auditTenant, what, target,
                    "your role " + caller.role() + " may not " + action + " " + resource + "; ask an administrator for a role that may");
        }
        if (caller.tenantSlug() == null && tenantSlug != null && "read".equals(action)) {
            audit.record(caller, tenantSlug, "agency-access." + what, target, AuditLog.OK, null);
        }
    }
}
