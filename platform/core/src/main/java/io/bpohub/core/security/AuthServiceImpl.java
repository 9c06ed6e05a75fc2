package io.bpohub.core.security;

import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.model.AccessTokenRecord;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.model.TenantRecord;
import io.bpohub.core.model.UserRecord;
import io.bpohub.core.tenancy.TenantDirectory;
import io.bpohub.platform.services.ApiTokenView;
import io.bpohub.platform.services.AuthService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.LoginResult;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.TenantStatus;
import io.bpohub.platform.services.UserView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.BearerToken;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.mgt.DefaultSecurityManager;
import org.apache.shiro.mgt.DefaultSessionStorageEvaluator;
import org.apache.shiro.mgt.DefaultSubjectDAO;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.hibernate.Session;

/**
 * Login with throttling, tokens, and turning a token into a {@link Caller}. Stateless per request:
 * Shiro keeps no session; the bearer token is checked against the control database every time.
 */
public final class AuthServiceImpl implements AuthService {
    static final int MAX_FAILED_LOGINS = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(15);
    static final Duration SESSION_TTL = Duration.ofHours(12);

    private final ControlDb control;
    private final TenantDirectory tenants;
    private final AuditLog audit;
    private final DefaultSecurityManager security;

    public AuthServiceImpl(ControlDb control, TenantDirectory tenants, AuditLog audit, PasswordHasher hasher) {
        this.control = control;
        this.tenants = tenants;
        this.audit = audit;
        this.security = new DefaultSecurityManager(new PlatformRealm(new ControlDirectory(), hasher));
        DefaultSessionStorageEvaluator noSessions = new DefaultSessionStorageEvaluator();
        noSessions.setSessionStorageEnabled(false);
        ((DefaultSubjectDAO) security.getSubjectDAO()).setSessionStorageEvaluator(noSessions);
    }

    @Override
    public LoginResult login(String username, String password, String origin) {
        if (username == null || username.isBlank()) throw PlatformException.invalid("username", "enter your username");
        if (password == null || password.isEmpty()) throw PlatformException.invalid("password", "enter your password");
        UserRecord user = control.tx(s -> findUser(s, username));
        Instant now = Instant.now();
        if (user != null && user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            audit.recordRefusal(username, null, "auth.login", username, "locked out until " + user.lockedUntil, origin);
            throw new PlatformException(PlatformException.Kind.LOCKED, null,
                    "too many failed logins; try again after " + user.lockedUntil + " or ask an administrator to unlock the account");
        }
        Subject subject = newSubject();
        try {
            subject.login(new UsernamePasswordToken(username, password));
        } catch (AuthenticationException e) {
            if (user != null) registerFailure(user.id, now);
            audit.recordRefusal(username, null, "auth.login", username, "wrong username or password", origin);
            throw new PlatformException(PlatformException.Kind.UNAUTHENTICATED, null, "wrong username or password");
        }
        UserPrincipal principal = (UserPrincipal) subject.getPrincipal();
        refuseIfTenantNotActive(principal, origin);
        String token = PasswordHasher.newToken();
        Instant expires = now.plus(SESSION_TTL);
        control.run(s -> {
            UserRecord u = s.get(UserRecord.class, principal.userId());
            u.failedLogins = 0;
            u.lockedUntil = null;
            s.persist(token(principal.userId(), AccessTokenRecord.SESSION, "login", token, expires));
        });
        ShiroCaller caller = new ShiroCaller(subject, principal, origin);
        audit.record(caller, principal.tenantSlug(), "auth.login", username, AuditLog.OK, null);
        return new LoginResult(token, expires, me(caller), permissions(caller));
    }

    private void registerFailure(long userId, Instant now) {
        control.run(s -> {
            UserRecord u = s.get(UserRecord.class, userId);
            u.failedLogins++;
            if (u.failedLogins >= MAX_FAILED_LOGINS) {
                u.lockedUntil = now.plus(LOCKOUT);
                u.failedLogins = 0;
            }
        });
    }

    private void refuseIfTenantNotActive(UserPrincipal principal, String origin) {
        String slug = principal.tenantSlug();
        if (slug != null && tenants.status(slug) != TenantStatus.ACTIVE) {
            audit.recordRefusal(principal.username(), slug, "auth", principal.username(), "tenant is " + tenants.status(slug), origin);
            throw new PlatformException(PlatformException.Kind.FORBIDDEN, null,
                    "your company's account (" + slug + ") is " + tenants.status(slug) + "; contact the agency");
        }
    }

    @Override
    public Caller authenticate(String token, String origin) {
        if (token == null || token.isBlank()) {
            throw new PlatformException(PlatformException.Kind.UNAUTHENTICATED, null, "send Authorization: Bearer <token>; get one from POST /api/v1/auth/login");
        }
        Subject subject = newSubject();
        try {
            subject.login(new BearerToken(token));
        } catch (AuthenticationException e) {
            throw new PlatformException(PlatformException.Kind.UNAUTHENTICATED, null, "the token is unknown, revoked or expired; log in again");
        }
        UserPrincipal principal = (UserPrincipal) subject.getPrincipal();
        refuseIfTenantNotActive(principal, origin);
        return new ShiroCaller(subject, principal, origin);
    }

    @Override
    public void logout(String token) {
        String hash = PasswordHasher.tokenHash(token);
        control.run(s -> s.createQuery("update AccessTokenRecord set revoked = true where tokenHash = :h")
                .setParameter("h", hash).executeUpdate());
    }

    @Override
    public ApiTokenView createApiToken(Caller caller, String name, Integer validDays) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw PlatformException.invalid("name", "give the token a name of 1 to 100 characters, e.g. the script using it");
        }
        if (validDays != null && (validDays < 1 || validDays > 3650)) {
            throw PlatformException.invalid("validDays", "validDays must be between 1 and 3650, or left out for no expiry");
        }
        long userId = principalOf(caller).userId();
        String token = PasswordHasher.newToken();
        Instant expires = validDays == null ? null : Instant.now().plus(Duration.ofDays(validDays));
        AccessTokenRecord r = token(userId, AccessTokenRecord.API, name, token, expires);
        control.run(s -> s.persist(r));
        audit.record(caller, caller.tenantSlug(), "auth.api-token.create", name, AuditLog.OK, null);
        return new ApiTokenView(r.id, name, token, r.createdAt, expires);
    }

    @Override
    public List<ApiTokenView> apiTokens(Caller caller) {
        long userId = principalOf(caller).userId();
        return control.tx(s -> s.createQuery(
                        "from AccessTokenRecord where userId = :u and kind = :k and revoked = false order by id", AccessTokenRecord.class)
                .setParameter("u", userId).setParameter("k", AccessTokenRecord.API).list().stream()
                .map(t -> new ApiTokenView(t.id, t.name, null, t.createdAt, t.expiresAt)).collect(Collectors.toList()));
    }

    @Override
    public void revokeApiToken(Caller caller, long id) {
        long userId = principalOf(caller).userId();
        int changed = control.tx(s -> s.createQuery("update AccessTokenRecord set revoked = true where id = :id and userId = :u")
                .setParameter("id", id).setParameter("u", userId).executeUpdate());
        if (changed == 0) throw PlatformException.notFound("you have no API token " + id);
        audit.record(caller, caller.tenantSlug(), "auth.api-token.revoke", String.valueOf(id), AuditLog.OK, null);
    }

    @Override
    public Caller operator(String shellUser) {
        UserPrincipal principal = new UserPrincipal(0, "shell:" + shellUser, Role.AGENCY_ADMIN, null, null, null);
        Subject subject = new Subject.Builder(security)
                .principals(new SimplePrincipalCollection(principal, PlatformRealm.NAME))
                .authenticated(true).sessionCreationEnabled(false).buildSubject();
        return new ShiroCaller(subject, principal, "shell");
    }

    @Override
    public List<String> permissions(Caller caller) {
        return RolePermissions.of(caller.role(), caller.tenantSlug());
    }

    @Override
    public UserView me(Caller caller) {
        UserPrincipal p = principalOf(caller);
        if (p.userId() == 0) {
            return new UserView(p.username(), "Karaf operator", p.role(), null, null, null, false, false);
        }
        return control.tx(s -> {
            UserRecord u = s.get(UserRecord.class, p.userId());
            OrgUnitRecord unit = u.unitId == null ? null : s.get(OrgUnitRecord.class, u.unitId);
            return new UserView(u.username, u.displayName, u.role, p.tenantSlug(), u.unitId, unit == null ? null : unit.name,
                    u.lockedUntil != null && u.lockedUntil.isAfter(Instant.now()), u.disabled);
        });
    }

    private Subject newSubject() {
        return new Subject.Builder(security).sessionCreationEnabled(false).buildSubject();
    }

    private static UserPrincipal principalOf(Caller caller) {
        if (caller instanceof ShiroCaller shiro) return shiro.principal();
        throw new IllegalArgumentException("not a platform caller: " + caller);
    }

    private static AccessTokenRecord token(long userId, String kind, String name, String token, Instant expires) {
        AccessTokenRecord r = new AccessTokenRecord();
        r.userId = userId;
        r.kind = kind;
        r.name = name;
        r.tokenHash = PasswordHasher.tokenHash(token);
        r.createdAt = Instant.now();
        r.expiresAt = expires;
        return r;
    }

    static UserRecord findUser(Session s, String username) {
        return s.createQuery("from UserRecord where username = :u", UserRecord.class).setParameter("u", username).uniqueResult();
    }

    /** The realm's view of people, read from the control database. */
    private final class ControlDirectory implements PlatformRealm.Directory {
        @Override
        public PlatformRealm.Credentials byUsername(String username) {
            return control.tx(s -> {
                UserRecord u = findUser(s, username);
                return u == null || u.disabled ? null : new PlatformRealm.Credentials(principal(s, u), u.passwordHash);
            });
        }

        @Override
        public UserPrincipal byToken(String token) {
            String hash = PasswordHasher.tokenHash(token);
            return control.tx(s -> {
                AccessTokenRecord t = s.createQuery("from AccessTokenRecord where tokenHash = :h", AccessTokenRecord.class)
                        .setParameter("h", hash).uniqueResult();
                if (t == null || t.revoked || (t.expiresAt != null && t.expiresAt.isBefore(Instant.now()))) return null;
                UserRecord u = s.get(UserRecord.class, t.userId);
                return u == null || u.disabled ? null : principal(s, u);
            });
        }

        private UserPrincipal principal(Session s, UserRecord u) {
            String slug = u.tenantId == null ? null : s.get(TenantRecord.class, u.tenantId).slug;
            Long department = null;
            Long team = null;
            OrgUnitRecord unit = u.unitId == null ? null : s.get(OrgUnitRecord.class, u.unitId);
            if (unit != null && unit.kind == OrgUnitKind.TEAM) {
                team = unit.id;
                department = unit.parentId;
            } else if (unit != null) {
                department = unit.id;
            }
            return new UserPrincipal(u.id, u.username, u.role, slug, department, team);
        }
    }
}
