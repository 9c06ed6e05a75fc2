package io.bpohub.core.org;

import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.model.MembershipRecord;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.model.UserRecord;
import io.bpohub.core.security.PasswordHasher;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.MembershipChange;
import io.bpohub.platform.services.NewOrgUnit;
import io.bpohub.platform.services.NewUser;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.OrgUnitView;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import io.bpohub.platform.services.UserView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;

/** Org trees (department → team → person) of the agency and of each tenant, and the people in them. */
public final class OrgServiceImpl implements OrgService {
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final int MIN_PASSWORD = 10;

    private final ControlDb control;
    private final Owners owners;
    private final AuditLog audit;
    private final PasswordHasher hasher;

    public OrgServiceImpl(ControlDb control, Owners owners, AuditLog audit, PasswordHasher hasher) {
        this.control = control;
        this.owners = owners;
        this.audit = audit;
        this.hasher = hasher;
    }

    @Override
    public List<OrgUnitView> tree(Caller caller, String ownerName) {
        Owner owner = owners.resolve(caller, ownerName, "org", "read");
        return control.tx(s -> {
            List<OrgUnitRecord> units = visible(caller, owner, units(s, owner));
            Map<Long, List<String>> members = usersOf(s, owner).stream().filter(u -> u.unitId != null && !u.disabled)
                    .collect(Collectors.groupingBy(u -> u.unitId, Collectors.mapping(u -> u.username, Collectors.toList())));
            Set<Long> shown = units.stream().map(u -> u.id).collect(Collectors.toSet());
            return units.stream().filter(u -> u.parentId == null || !shown.contains(u.parentId))
                    .map(u -> node(u, units, members)).collect(Collectors.toList());
        });
    }

    private static OrgUnitView node(OrgUnitRecord unit, List<OrgUnitRecord> all, Map<Long, List<String>> members) {
        List<OrgUnitView> children = all.stream().filter(u -> unit.id.equals(u.parentId))
                .map(u -> node(u, all, members)).collect(Collectors.toList());
        return new OrgUnitView(unit.id, unit.kind, unit.name, unit.parentId, children, members.getOrDefault(unit.id, List.of()));
    }

    @Override
    public OrgUnitView createUnit(Caller caller, String ownerName, NewOrgUnit unit) {
        Owner owner = owners.resolve(caller, ownerName, "org", "write");
        if (unit == null || unit.kind() == null) throw PlatformException.invalid("kind", "kind must be DEPARTMENT or TEAM");
        if (unit.name() == null || unit.name().isBlank() || unit.name().length() > 200) {
            throw PlatformException.invalid("name", "name must be 1 to 200 characters");
        }
        OrgUnitRecord saved = control.tx(s -> {
            if (unit.kind() == OrgUnitKind.DEPARTMENT && unit.parentId() != null) {
                throw PlatformException.invalid("parentId", "a department is the top of the tree: leave parentId empty");
            }
            if (unit.kind() == OrgUnitKind.TEAM) {
                OrgUnitRecord parent = unit.parentId() == null ? null : unitOf(s, owner, unit.parentId());
                if (parent == null || parent.kind != OrgUnitKind.DEPARTMENT) {
                    throw PlatformException.invalid("parentId", "a team belongs to a department of " + owner.label() + ": give that department's id");
                }
            }
            OrgUnitRecord r = new OrgUnitRecord();
            r.ownerTenantId = owner.tenantId();
            r.parentId = unit.parentId();
            r.kind = unit.kind();
            r.name = unit.name().trim();
            r.createdAt = Instant.now();
            s.persist(r);
            return r;
        });
        audit.record(caller, owner.slug(), "org.unit.create", saved.kind + " " + saved.name, AuditLog.OK, null);
        return new OrgUnitView(saved.id, saved.kind, saved.name, saved.parentId, List.of(), List.of());
    }

    @Override
    public UserView createUser(Caller caller, String ownerName, NewUser user) {
        Owner owner = owners.resolve(caller, ownerName, "user", "write");
        if (user == null || user.username() == null || !USERNAME.matcher(user.username()).matches()) {
            throw PlatformException.invalid("username", "username must be 3-64 characters: lower-case letters, digits, '.', '_' or '-'");
        }
        if (user.displayName() == null || user.displayName().isBlank() || user.displayName().length() > 200) {
            throw PlatformException.invalid("displayName", "displayName must be 1 to 200 characters");
        }
        if (user.password() == null || user.password().length() < MIN_PASSWORD) {
            throw PlatformException.invalid("password", "password must have at least " + MIN_PASSWORD + " characters");
        }
        checkRoleFitsOwner(user.role(), owner);
        if (caller.dataScope() != DataScope.TENANT && user.role() != Role.AGENT && user.role() != Role.QA && user.role() != Role.TEAM_LEAD) {
            throw audit.refuse(caller, owner.slug(), "user.write", user.username(),
                    "a " + caller.role() + " may only add agents, QA inspectors and team leads");
        }
        String hash = hasher.hash(user.password().toCharArray());
        UserRecord saved = control.tx(s -> {
            OrgUnitRecord unit = placement(s, caller, owner, user.role(), user.unitId());
            if (usernameTaken(s, user.username())) {
                throw PlatformException.conflict("username", "username " + user.username() + " is taken; choose another");
            }
            UserRecord u = new UserRecord();
            u.username = user.username();
            u.displayName = user.displayName().trim();
            u.passwordHash = hash;
            u.tenantId = owner.tenantId();
            u.role = user.role();
            u.unitId = unit == null ? null : unit.id;
            u.createdAt = Instant.now();
            s.persist(u);
            s.persist(membership(u.id, u.unitId, u.createdAt, caller.username()));
            return u;
        });
        audit.record(caller, owner.slug(), "user.create", saved.username, AuditLog.OK, saved.role.name());
        return control.tx(s -> view(s, saved, owner));
    }

    private static void checkRoleFitsOwner(Role role, Owner owner) {
        if (role == null) throw PlatformException.invalid("role", "role must be one of " + List.of(Role.values()));
        if (owner.slug() == null && role.requiresTenant()) {
            throw PlatformException.invalid("role", role + " belongs to a client company; create it under that tenant");
        }
        if (owner.slug() != null && role == Role.AGENCY_ADMIN) {
            throw PlatformException.invalid("role", "AGENCY_ADMIN is agency staff; create it under the agency");
        }
    }

    /** The unit a person with this role is placed in, checked against the owner and the caller's scope. */
    private OrgUnitRecord placement(Session s, Caller caller, Owner owner, Role role, Long unitId) {
        boolean needsTeam = role == Role.AGENT || role == Role.TEAM_LEAD;
        boolean needsDepartment = role == Role.SUPERVISOR;
        if (unitId == null) {
            if (needsTeam || needsDepartment) {
                throw PlatformException.invalid("unitId", role + " must be placed in a " + (needsTeam ? "team" : "department"));
            }
            return null;
        }
        OrgUnitRecord unit = unitOf(s, owner, unitId);
        if (unit == null) throw PlatformException.invalid("unitId", "no unit " + unitId + " in the tree of " + owner.label());
        if (needsTeam && unit.kind != OrgUnitKind.TEAM) throw PlatformException.invalid("unitId", role + " must be placed in a team");
        if (needsDepartment && unit.kind != OrgUnitKind.DEPARTMENT) throw PlatformException.invalid("unitId", role + " must be placed in a department");
        if (visible(caller, owner, List.of(unit)).isEmpty()) {
            throw audit.refuse(caller, owner.slug(), "user.write", "unit " + unitId, "unit " + unitId + " is outside your part of the tree");
        }
        return unit;
    }

    @Override
    public Page<UserView> users(Caller caller, String ownerName, int page, int size) {
        Owner owner = owners.resolve(caller, ownerName, "user", "read");
        Page.check(page, size);
        return control.tx(s -> {
            Set<Long> units = visible(caller, owner, units(s, owner)).stream().map(u -> u.id).collect(Collectors.toSet());
            boolean all = caller.dataScope() == DataScope.TENANT;
            List<UserRecord> people = usersOf(s, owner).stream()
                    .filter(u -> all || (u.unitId != null && units.contains(u.unitId))).collect(Collectors.toList());
            List<UserView> items = people.stream().skip((long) page * size).limit(size)
                    .map(u -> view(s, u, owner)).collect(Collectors.toList());
            return new Page<>(items, page, size, people.size());
        });
    }

    @Override
    public UserView moveUser(Caller caller, String ownerName, String username, long unitId) {
        Owner owner = owners.resolve(caller, ownerName, "user", "write");
        UserView moved = control.tx(s -> {
            UserRecord u = userOf(s, caller, owner, username);
            OrgUnitRecord target = placement(s, caller, owner, u.role, unitId);
            if (Objects.equals(u.unitId, target.id)) {
                throw PlatformException.conflict("unitId", username + " is already in unit " + unitId);
            }
            Instant now = Instant.now();
            s.createQuery("update MembershipRecord set until = :now where userId = :u and until is null")
                    .setParameter("now", now).setParameter("u", u.id).executeUpdate();
            s.persist(membership(u.id, target.id, now, caller.username()));
            u.unitId = target.id;
            return view(s, u, owner);
        });
        audit.record(caller, owner.slug(), "user.move", username, AuditLog.OK, "to unit " + unitId);
        return moved;
    }

    @Override
    public List<MembershipChange> history(Caller caller, String ownerName, String username) {
        Owner owner = owners.resolve(caller, ownerName, "user", "read");
        return control.tx(s -> {
            UserRecord u = userOf(s, caller, owner, username);
            Map<Long, String> names = units(s, owner).stream().collect(Collectors.toMap(x -> x.id, x -> x.name));
            return s.createQuery("from MembershipRecord where userId = :u order by since, id", MembershipRecord.class)
                    .setParameter("u", u.id).list().stream()
                    .map(m -> new MembershipChange(m.unitId, m.unitId == null ? null : names.get(m.unitId), m.since, m.until, m.changedBy))
                    .collect(Collectors.toList());
        });
    }

    private UserRecord userOf(Session s, Caller caller, Owner owner, String username) {
        UserRecord u = s.createQuery("from UserRecord where username = :n", UserRecord.class).setParameter("n", username).uniqueResult();
        if (u == null || !Objects.equals(u.tenantId, owner.tenantId())) {
            throw PlatformException.notFound("no user " + username + " in " + owner.label());
        }
        if (caller.dataScope() != DataScope.TENANT && (u.unitId == null || visible(caller, owner, List.of(s.get(OrgUnitRecord.class, u.unitId))).isEmpty())) {
            throw audit.refuse(caller, owner.slug(), "user.read", username, username + " is outside your part of the tree");
        }
        return u;
    }

    /**
     * The units a caller may see: everything for tenant-wide roles, their department (with its teams)
     * for department heads, their team (and its department as the path to it) for team leads.
     */
    private static List<OrgUnitRecord> visible(Caller caller, Owner owner, List<OrgUnitRecord> units) {
        boolean sameOwner = Objects.equals(caller.tenantSlug(), owner.slug());
        DataScope scope = caller.dataScope();
        if (scope == DataScope.TENANT || !sameOwner) return units;
        Function<OrgUnitRecord, Boolean> inScope = switch (scope) {
            case DEPARTMENT -> u -> Objects.equals(u.id, caller.departmentId()) || Objects.equals(u.parentId, caller.departmentId());
            case TEAM -> u -> Objects.equals(u.id, caller.teamId()) || Objects.equals(u.id, caller.departmentId());
            default -> u -> false;
        };
        return units.stream().filter(inScope::apply).collect(Collectors.toList());
    }

    private static List<OrgUnitRecord> units(Session s, Owner owner) {
        String where = owner.tenantId() == null ? "ownerTenantId is null" : "ownerTenantId = :t";
        var q = s.createQuery("from OrgUnitRecord where " + where + " order by kind, name, id", OrgUnitRecord.class);
        if (owner.tenantId() != null) q.setParameter("t", owner.tenantId());
        return q.list();
    }

    private static OrgUnitRecord unitOf(Session s, Owner owner, long id) {
        OrgUnitRecord u = s.get(OrgUnitRecord.class, id);
        return u != null && Objects.equals(u.ownerTenantId, owner.tenantId()) ? u : null;
    }

    private static List<UserRecord> usersOf(Session s, Owner owner) {
        String where = owner.tenantId() == null ? "tenantId is null" : "tenantId = :t";
        var q = s.createQuery("from UserRecord where " + where + " order by username", UserRecord.class);
        if (owner.tenantId() != null) q.setParameter("t", owner.tenantId());
        return q.list();
    }

    private static UserView view(Session s, UserRecord u, Owner owner) {
        OrgUnitRecord unit = u.unitId == null ? null : s.get(OrgUnitRecord.class, u.unitId);
        return new UserView(u.username, u.displayName, u.role, owner.slug(), u.unitId, unit == null ? null : unit.name,
                u.lockedUntil != null && u.lockedUntil.isAfter(Instant.now()), u.disabled);
    }

    private static MembershipRecord membership(long userId, Long unitId, Instant since, String by) {
        MembershipRecord m = new MembershipRecord();
        m.userId = userId;
        m.unitId = unitId;
        m.since = since;
        m.changedBy = by;
        return m;
    }

    private static boolean usernameTaken(Session s, String username) {
        return s.createQuery("select count(u) from UserRecord u where u.username = :n", Long.class)
                .setParameter("n", username).uniqueResult() > 0;
    }
}
