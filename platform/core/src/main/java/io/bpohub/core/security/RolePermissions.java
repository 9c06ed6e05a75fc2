package io.bpohub.core.security;

import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.Role;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Permissions and data scope of each role. Permission strings are Shiro wildcard permissions:
 * {@code tenant:<slug>:<resource>:<action>} for a tenant's things, {@code agency:<resource>:<action>}
 * for the agency's. A person's strings are written against their own owner only, so nothing but the
 * agency admin's {@code tenant:*} can ever match another tenant.
 */
public final class RolePermissions {
    private RolePermissions() {
    }

    /** The permission a service checks: {@code owner} is a tenant slug or {@code null} for the agency. */
    public static String permission(String tenantSlug, String resource, String action) {
        return scopePrefix(tenantSlug) + ":" + resource + ":" + action;
    }

    public static List<String> of(Role role, String tenantSlug) {
        if (role == Role.AGENCY_ADMIN) {
            return List.of("agency:*", "tenant:*");
        }
        List<String> local = switch (role) {
            case TENANT_ADMIN -> List.of("*");
            case SUPERVISOR -> List.of("org:read", "user:read,write", "contact:read,write,import", "dnc:read", "campaign:read,write", "report:read",
                    "workflow:read,write", "assignment:write",
                    "calendar:read", "routing:read", "script:read,write,call", "order:read,write,status",
                    "complaint:read,write,assign", "material:read,write", "bulletin:read,write");
            case TEAM_LEAD -> List.of("org:read", "user:read", "contact:read,write", "campaign:read", "report:read",
                    "workflow:read,write", "assignment:write",
                    "calendar:read", "routing:read", "script:read,call", "order:read,write,status",
                    "complaint:read,write,assign", "material:read,write", "bulletin:read,write");
            case QA -> List.of("org:read", "contact:read", "campaign:read", "workflow:read", "report:read", "calendar:read", "script:read", "order:read",
                    "complaint:read", "material:read", "bulletin:read");
            case AGENT -> List.of("contact:read", "campaign:read", "workflow:read,write", "script:read,call", "order:read,write", "complaint:read,write",
                    "material:read,write", "bulletin:read");
            case CLIENT_MANAGER -> List.of("campaign:read", "report:read", "invoice:read");
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
        String prefix = scopePrefix(tenantSlug);
        return local.stream().map(p -> prefix + ":" + p).collect(Collectors.toList());
    }

    public static DataScope dataScope(Role role) {
        return switch (role) {
            case AGENT -> DataScope.OWN;
            case TEAM_LEAD -> DataScope.TEAM;
            case SUPERVISOR, QA -> DataScope.DEPARTMENT;
            case TENANT_ADMIN, AGENCY_ADMIN, CLIENT_MANAGER -> DataScope.TENANT;
        };
    }

    private static String scopePrefix(String tenantSlug) {
        return tenantSlug == null ? "agency" : "tenant:" + tenantSlug;
    }
}
