package io.bpohub.core.security;

import java.util.HashSet;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.IncorrectCredentialsException;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UnknownAccountException;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;

/**
 * The platform's Shiro realm: passwords (PBKDF2) and bearer tokens authenticate; permissions come
 * from the principal's role and tenant, so checking one needs no database round trip.
 */
final class PlatformRealm extends AuthorizingRealm {
    /** Looks people up; implemented over the control database. */
    interface Directory {
        /** Principal and stored hash for a username, or null. */
        Credentials byUsername(String username);

        /** Principal for a valid, unexpired token, or null. */
        UserPrincipal byToken(String token);
    }

    record Credentials(UserPrincipal principal, String passwordHash) {
    }

    static final String NAME = "bpohub";

    private final Directory directory;
    private final PasswordHasher hasher;
    /** Hash of an unknown user, checked anyway so a wrong username takes as long as a wrong password. */
    private final String decoyHash;

    PlatformRealm(Directory directory, PasswordHasher hasher) {
        this.directory = directory;
        this.hasher = hasher;
        this.decoyHash = hasher.hash("decoy-password".toCharArray());
        setName(NAME);
        setCachingEnabled(false);
        setCredentialsMatcher((token, info) -> true); // each branch below verifies its own credentials
    }

    @Override
    public boolean supports(AuthenticationToken token) {
        return token instanceof UsernamePasswordToken || token instanceof BearerToken;
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) throws AuthenticationException {
        if (token instanceof BearerToken bearer) {
            UserPrincipal principal = directory.byToken(bearer.getToken());
            if (principal == null) throw new IncorrectCredentialsException("unknown or expired token");
            return new SimpleAuthenticationInfo(principal, bearer.getToken(), NAME);
        }
        UsernamePasswordToken login = (UsernamePasswordToken) token;
        Credentials credentials = directory.byUsername(login.getUsername());
        boolean ok = hasher.matches(login.getPassword(), credentials == null ? decoyHash : credentials.passwordHash());
        if (credentials == null) throw new UnknownAccountException("unknown user");
        if (!ok) throw new IncorrectCredentialsException("wrong password");
        return new SimpleAuthenticationInfo(credentials.principal(), login.getPassword(), NAME);
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
        UserPrincipal principal = principals.oneByType(UserPrincipal.class);
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        if (principal != null) {
            info.setStringPermissions(new HashSet<>(RolePermissions.of(principal.role(), principal.tenantSlug())));
        }
        return info;
    }
}
