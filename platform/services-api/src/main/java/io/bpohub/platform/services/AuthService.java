package io.bpohub.platform.services;

import java.util.List;

/** Password login with throttling, session and API tokens. */
public interface AuthService {
    LoginResult login(String username, String password, String origin);

    /** The caller behind a session or API token; fails with UNAUTHENTICATED when it is unknown or expired. */
    Caller authenticate(String token, String origin);

    void logout(String token);

    ApiTokenView createApiToken(Caller caller, String name, Integer validDays);

    List<ApiTokenView> apiTokens(Caller caller);

    void revokeApiToken(Caller caller, long id);

    /** The agency operator at the Karaf shell (already authenticated by Karaf's JAAS). */
    Caller operator(String shellUser);

    /** Permissions the caller holds, as wildcard strings. */
    List<String> permissions(Caller caller);

    UserView me(Caller caller);
}
