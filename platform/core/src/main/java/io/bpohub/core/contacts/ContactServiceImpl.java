package io.bpohub.core.contacts;

import io.bpohub.core.access.Guard;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.model.ContactRecord;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.model.UserRecord;
import io.bpohub.core.tenancy.TenantServiceImpl;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ContactService;
import io.bpohub.platform.services.ContactView;
import io.bpohub.platform.services.NewContact;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.query.Query;

/** A tenant's contacts, always read through the tenant's own session and the caller's data scope. */
public final class ContactServiceImpl implements ContactService {
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{4,30}");

    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Guard guard;
    private final AuditLog audit;

    public ContactServiceImpl(ControlDb control, TenantSessions tenantSessions, Guard guard, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public Page<ContactView> list(Caller caller, String tenant, int page, int size) {
        guard.require(caller, tenant, "contact", "read", tenant + " contacts");
        Page.check(page, size);
        String where = switch (caller.dataScope()) {
            case OWN -> " where c.agentUsername = :scope";
            case TEAM -> " where c.teamId = :scope";
            case DEPARTMENT -> " where c.departmentId = :scope";
            case TENANT -> "";
        };
        Object scopeValue = switch (caller.dataScope()) {
            case OWN -> caller.username();
            case TEAM -> caller.teamId() == null ? -1L : caller.teamId();
            case DEPARTMENT -> caller.departmentId() == null ? -1L : caller.departmentId();
            case TENANT -> null;
        };
        return tenantSessions.inTenant(tenant, s -> {
            Query<ContactRecord> q = s.createQuery("from ContactRecord c" + where + " order by c.id", ContactRecord.class);
            Query<Long> count = s.createQuery("select count(c) from ContactRecord c" + where, Long.class);
            if (!where.isEmpty()) {
                q.setParameter("scope", scopeValue);
                count.setParameter("scope", scopeValue);
            }
            List<ContactView> items = q.setFirstResult(page * size).setMaxResults(size).list().stream()
                    .map(ContactServiceImpl::view).collect(Collectors.toList());
            return new Page<>(items, page, size, count.uniqueResult());
        });
    }

    @Override
    public ContactView create(Caller caller, String tenant, NewContact contact) {
        guard.require(caller, tenant, "contact", "write", tenant + " contacts");
        if (contact == null || contact.name() == null || contact.name().isBlank() || contact.name().length() > 200) {
            throw PlatformException.invalid("name", "name must be 1 to 200 characters");
        }
        if (contact.phone() == null || !PHONE.matcher(contact.phone()).matches()) {
            throw PlatformException.invalid("phone", "phone must be a phone number such as +86 21 5555 0100");
        }
        checkAssignment(tenant, contact);
        ContactRecord saved = tenantSessions.inTenant(tenant, s -> {
            ContactRecord r = new ContactRecord();
            r.name = contact.name().trim();
            r.phone = contact.phone().trim();
            r.departmentId = contact.departmentId();
            r.teamId = contact.teamId();
            r.agentUsername = contact.agentUsername();
            r.createdAt = Instant.now();
            r.createdBy = caller.username();
            s.persist(r);
            return r;
        });
        audit.record(caller, tenant, "contact.create", String.valueOf(saved.id), AuditLog.OK, null);
        return view(saved);
    }

    /** The assignment must name units and agents of this tenant, and the team must sit in the department. */
    private void checkAssignment(String tenant, NewContact c) {
        control.run(s -> {
            long tenantId = TenantServiceImpl.find(s, tenant).id;
            OrgUnitRecord department = unit(s, tenantId, c.departmentId(), OrgUnitKind.DEPARTMENT, "departmentId");
            OrgUnitRecord team = unit(s, tenantId, c.teamId(), OrgUnitKind.TEAM, "teamId");
            if (team != null && department != null && !Objects.equals(team.parentId, department.id)) {
                throw PlatformException.invalid("teamId", "team " + team.id + " is not in department " + department.id);
            }
            if (c.agentUsername() != null) {
                UserRecord agent = s.createQuery("from UserRecord where username = :u", UserRecord.class)
                        .setParameter("u", c.agentUsername()).uniqueResult();
                if (agent == null || !Objects.equals(agent.tenantId, tenantId)) {
                    throw PlatformException.invalid("agentUsername", "no person " + c.agentUsername() + " in tenant " + tenant);
                }
            }
        });
    }

    private static OrgUnitRecord unit(Session s, long tenantId, Long id, OrgUnitKind kind, String field) {
        if (id == null) return null;
        OrgUnitRecord u = s.get(OrgUnitRecord.class, id);
        if (u == null || !Objects.equals(u.ownerTenantId, tenantId) || u.kind != kind) {
            throw PlatformException.invalid(field, "no " + kind.name().toLowerCase() + " " + id + " in this tenant");
        }
        return u;
    }

    private static ContactView view(ContactRecord r) {
        return new ContactView(r.id, r.name, r.phone, r.departmentId, r.teamId, r.agentUsername, r.createdAt);
    }
}
