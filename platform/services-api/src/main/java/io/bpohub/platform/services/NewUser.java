package io.bpohub.platform.services;

/** A person to add to an owner's org tree; {@code unitId} is a team or department of that owner. */
public record NewUser(String username, String displayName, String password, Role role, Long unitId) {
    /** Never prints the password, so a logged request cannot leak it. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", displayName=" + displayName + ", role=" + role + ", unitId=" + unitId + "]";
    }
}
