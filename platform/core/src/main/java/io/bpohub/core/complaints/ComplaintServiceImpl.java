package io.bpohub.core.complaints;

import io.bpohub.core.access.DataScopes;
import io.bpohub.core.access.Guard;
import io.bpohub.core.access.Keys;
import io.bpohub.core.access.ScopedContacts;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.db.Timestamps;
import io.bpohub.core.model.ComplaintNoteRecord;
import io.bpohub.core.model.ComplaintRecord;
import io.bpohub.core.model.ContactRecord;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.model.UserRecord;
import io.bpohub.core.tenancy.TenantServiceImpl;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ComplaintNote;
import io.bpohub.platform.services.ComplaintService;
import io.bpohub.platform.services.ComplaintStatus;
import io.bpohub.platform.services.ComplaintView;
import io.bpohub.platform.services.NewComplaint;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.Role;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.hibernate.LockMode;
import org.hibernate.Session;

/**
 * Complaints in the tenant's database. A complaint sits where it was recorded in the tree until it is
 * assigned; then it moves to the assignee's team (their lead follows it up) and the assignee always sees it.
 */
public final class ComplaintServiceImpl implements ComplaintService {
    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Guard guard;
    private final AuditLog audit;
    private final ScopedContacts contacts;

    public ComplaintServiceImpl(ControlDb control, TenantSessions tenantSessions, Guard guard, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.guard = guard;
        this.audit = audit;
        this.contacts = new ScopedContacts(audit);
    }

    @Override
    public ComplaintView record(Caller caller, String tenant, NewComplaint complaint) {
        guard.require(caller, tenant, "complaint", "write", tenant + " complaints");
        if (complaint == null) throw PlatformException.invalid(null, "send a complaint: contactId, category, description, severity");
        if (complaint.category() == null || complaint.category().isBlank() || complaint.category().length() > 64) {
            throw PlatformException.invalid("category", "category must be 1 to 64 characters, e.g. delivery, billing, agent conduct");
        }
        if (complaint.description() == null || complaint.description().isBlank() || complaint.description().length() > 10_000) {
            throw PlatformException.invalid("description", "description must be 1 to 10000 characters");
        }
        if (complaint.severity() == null) throw PlatformException.invalid("severity", "severity is required: LOW, MEDIUM, HIGH or CRITICAL");
        String campaign = Keys.campaign(complaint.campaignKey());
        ComplaintView recorded = tenantSessions.inTenant(tenant, s -> {
            ContactRecord contact = contacts.require(s, caller, tenant, complaint.contactId(), "complaint.write");
            DataScopes.Position at = DataScopes.position(caller, contact.departmentId, contact.teamId);
            Instant now = Timestamps.now();
            ComplaintRecord r = new ComplaintRecord();
            r.contactId = contact.id;
            r.campaignKey = campaign;
            r.category = complaint.category().trim();
            r.description = complaint.description().trim();
            r.severity = complaint.severity();
            r.status = ComplaintStatus.OPEN;
            r.recordedBy = caller.username();
            r.departmentId = at.departmentId();
            r.teamId = at.teamId();
            r.createdAt = now;
            r.dueAt = ComplaintRules.due(r.severity, now);
            r.updatedAt = now;
            s.persist(r);
            s.flush();
            return view(s, r);
        });
        audit.record(caller, tenant, "complaint.record", String.valueOf(recorded.id()), AuditLog.OK, recorded.severity() + " " + recorded.category());
        return recorded;
    }

    @Override
    public Page<ComplaintView> complaints(Caller caller, String tenant, ComplaintStatus status, int page, int size) {
        guard.require(caller, tenant, "complaint", "read", tenant + " complaints");
        Page.check(page, size);
        DataScopes.Filter scope = DataScopes.filter(caller, "c", "recordedBy", "assignee");
        return tenantSessions.inTenant(tenant, s -> scope.page(s, ComplaintRecord.class, "status", status, "c.createdAt desc, c.id desc",
                page, size, r -> view(s, r)));
    }

    @Override
    public ComplaintView complaint(Caller caller, String tenant, long id) {
        guard.require(caller, tenant, "complaint", "read", "complaint " + id);
        return tenantSessions.inTenant(tenant, s -> view(s, visible(s, caller, tenant, id, "complaint.read", false)));
    }

    @Override
    public ComplaintView assign(Caller caller, String tenant, long id, String assignee) {
        guard.require(caller, tenant, "complaint", "assign", "complaint " + id);
        if (assignee == null || assignee.isBlank()) throw PlatformException.invalid("assignee", "name the person who takes the complaint");
        DataScopes.Position to = positionOf(caller, tenant, assignee.trim());
        ComplaintView assigned = tenantSessions.inTenant(tenant, s -> {
            ComplaintRecord r = visible(s, caller, tenant, id, "complaint.assign", true);
            if (r.status == ComplaintStatus.CLOSED) throw PlatformException.conflict("status", "complaint " + id + " is CLOSED; reopen it first");
            Instant now = Timestamps.now();
            r.assignee = assignee.trim();
            if (to != null) {
                r.departmentId = to.departmentId();
                r.teamId = to.teamId();
            }
            r.updatedAt = now;
            s.persist(note(r.id, now, caller.username(), "assigned to " + r.assignee, null, null));
            s.flush();
            return view(s, r);
        });
        audit.record(caller, tenant, "complaint.assign", String.valueOf(id), AuditLog.OK, "to " + assignee.trim());
        return assigned;
    }

    @Override
    public ComplaintView changeStatus(Caller caller, String tenant, long id, ComplaintStatus to, String note, String resolution) {
        guard.require(caller, tenant, "complaint", "write", "complaint " + id);
        String text = Keys.note(note, "note", 10_000);
        String resolved = Keys.note(resolution, "resolution", 10_000);
        if (to == ComplaintStatus.RESOLVED && resolved == null) {
            throw PlatformException.invalid("resolution", "say how the complaint was resolved");
        }
        ComplaintStatus[] from = new ComplaintStatus[1];
        ComplaintView changed = tenantSessions.inTenant(tenant, s -> {
            ComplaintRecord r = visible(s, caller, tenant, id, "complaint.write", true);
            ComplaintRules.check(id, r.status, to);
            from[0] = r.status;
            Instant now = Timestamps.now();
            switch (to) {
                case RESOLVED -> {
                    r.resolution = resolved;
                    r.resolvedAt = now;
                }
                case CLOSED -> r.closedAt = now;
                case OPEN -> { // reopened: a new due period, the old resolution stays in the notes
                    s.persist(note(r.id, now, caller.username(), "previous resolution: " + r.resolution, null, null));
                    r.resolution = null;
                    r.resolvedAt = null;
                    r.closedAt = null;
                    r.dueAt = ComplaintRules.due(r.severity, now);
                }
                default -> { }
            }
            r.status = to;
            r.updatedAt = now;
            s.persist(note(r.id, now, caller.username(), text == null ? (to == ComplaintStatus.RESOLVED ? resolved : "") : text, from[0], to));
            s.flush();
            return view(s, r);
        });
        audit.record(caller, tenant, "complaint.status", String.valueOf(id), AuditLog.OK, from[0] + " -> " + to);
        return changed;
    }

    @Override
    public ComplaintView addNote(Caller caller, String tenant, long id, String text) {
        guard.require(caller, tenant, "complaint", "write", "complaint " + id);
        String body = Keys.note(text, "text", 10_000);
        if (body == null) throw PlatformException.invalid("text", "the note is empty");
        return tenantSessions.inTenant(tenant, s -> {
            ComplaintRecord r = visible(s, caller, tenant, id, "complaint.write", true);
            Instant now = Timestamps.now();
            r.updatedAt = now;
            s.persist(note(r.id, now, caller.username(), body, null, null));
            s.flush();
            return view(s, r);
        });
    }

    private ComplaintRecord visible(Session s, Caller caller, String tenant, long id, String action, boolean lock) {
        ComplaintRecord r = lock ? s.get(ComplaintRecord.class, id, LockMode.PESSIMISTIC_WRITE) : s.get(ComplaintRecord.class, id);
        if (r == null) throw PlatformException.notFound("no complaint " + id + " in tenant " + tenant);
        if (!DataScopes.sees(caller, r.departmentId, r.teamId, r.recordedBy, r.assignee)) {
            throw audit.refuse(caller, tenant, action, "complaint " + id, "complaint " + id + " is outside your part of the tree");
        }
        return r;
    }

    /**
     * The assignee's place in the tree: a person of this tenant (not a client manager) inside the caller's
     * part of it. Null for people without a unit (tenant admins): the complaint then stays where it is.
     */
    private DataScopes.Position positionOf(Caller caller, String tenant, String username) {
        return control.tx(s -> {
            long tenantId = TenantServiceImpl.find(s, tenant).id;
            UserRecord u = s.createQuery("from UserRecord where username = :u", UserRecord.class).setParameter("u", username).uniqueResult();
            if (u == null || !Objects.equals(u.tenantId, tenantId) || u.disabled || u.role == Role.CLIENT_MANAGER) {
                throw PlatformException.invalid("assignee", "no person " + username + " in the tree of tenant " + tenant);
            }
            OrgUnitRecord unit = u.unitId == null ? null : s.get(OrgUnitRecord.class, u.unitId);
            DataScopes.Position at = unit == null ? null : unit.kind == OrgUnitKind.TEAM
                    ? new DataScopes.Position(unit.parentId, unit.id) : new DataScopes.Position(unit.id, null);
            boolean inScope = at == null ? caller.dataScope() == io.bpohub.platform.services.DataScope.TENANT
                    : DataScopes.sees(caller, at.departmentId(), at.teamId());
            if (!inScope) throw audit.refuse(caller, tenant, "complaint.assign", username, username + " is outside your part of the tree");
            return at;
        });
    }

    private static ComplaintNoteRecord note(long complaintId, Instant at, String by, String text, ComplaintStatus from, ComplaintStatus to) {
        ComplaintNoteRecord n = new ComplaintNoteRecord();
        n.complaintId = complaintId;
        n.at = at;
        n.by = by;
        n.text = text == null ? "" : text;
        n.from = from;
        n.to = to;
        return n;
    }

    private static ComplaintView view(Session s, ComplaintRecord r) {
        List<ComplaintNote> notes = s.createQuery("from ComplaintNoteRecord where complaintId = :c order by id", ComplaintNoteRecord.class)
                .setParameter("c", r.id).list().stream().map(n -> new ComplaintNote(n.at, n.by, n.text, n.from, n.to))
                .collect(Collectors.toList());
        return new ComplaintView(r.id, r.contactId, r.campaignKey, r.category, r.description, r.severity, r.status, r.assignee,
                r.recordedBy, r.departmentId, r.teamId, r.createdAt, r.dueAt, ComplaintRules.overdue(r.status, r.dueAt, java.time.Instant.now()),
                r.resolution, r.resolvedAt, r.closedAt, notes);
    }
}
