package io.bpohub.platform.services;

public record UserView(String username, String displayName, Role role, String tenantSlug, Long unitId,
                       String unitName, boolean locked, boolean disabled) {
}
