package io.bpohub.platform.services;

/**
 * The authenticated person (or operator) on whose behalf a service call runs. Services never take a
 * tenant from anywhere else when deciding what a call may touch.
 */
public interface Caller {
    String username();

    Role role();

    /** Tenant the person belongs to; {@code null} for the agency's own staff and operators. */
    String tenantSlug();

    /** Org unit ids from the person's position; null where the person has none. */
    Long departmentId();

    Long teamId();

    DataScope dataScope();

    /** Shiro wildcard permission check, e.g. {@code tenant:acme:contact:read}. */
    boolean isPermitted(String permission);

    /** Where the request came from (IP address, or {@code shell}). */
    String origin();
}
