package io.bpohub.core.bulletins;

import io.bpohub.core.access.Guard;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.db.Timestamps;
import io.bpohub.core.model.BulletinReadRecord;
import io.bpohub.core.model.BulletinRecord;
import io.bpohub.core.model.OrgUnitRecord;
import io.bpohub.core.tenancy.TenantServiceImpl;
import io.bpohub.platform.services.BulletinService;
import io.bpohub.platform.services.BulletinView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.DataScope;
import io.bpohub.platform.services.NewBulletin;
import io.bpohub.platform.services.OrgUnitKind;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.ReadReceipt;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Bulletins in the tenant's database; the units they are posted to are the tenant's org units in the
 * control database. A person sees bulletins for the whole tenant, for their department and for their
 * team; those who post also see what was posted below them, so they can follow up.
 */
public final class BulletinServiceImpl implements BulletinService {
    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Guard guard;
    private final AuditLog audit;

    public BulletinServiceImpl(ControlDb control, TenantSessions tenantSessions, Guard guard, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.guard = guard;
        this.audit = audit;
    }

    @Override
    public BulletinView post(Caller caller, String tenant, NewBulletin bulletin) {
        guard.require(caller, tenant, "bulletin", "write", tenant + " bulletins");
        if (bulletin == null) throw PlatformException.invalid(null, "send a bulletin: unitId, title, body");
        if (bulletin.title() == null || bulletin.title().isBlank() || bulletin.title().length() > 200) {
            throw PlatformException.invalid("title", "title must be 1 to 200 characters");
        }
        if (bulletin.body() == null || bulletin.body().isBlank() || bulletin.body().length() > 20_000) {
            throw PlatformException.invalid("body", "body must be 1 to 20000 characters");
        }
        Instant now = Timestamps.now();
        if (bulletin.expiresAt() != null && !bulletin.expiresAt().isAfter(now)) {
            throw PlatformException.invalid("expiresAt", "expiresAt must be in the future (or left out)");
        }
        checkAudience(caller, tenant, bulletin.unitId());
        BulletinView posted = tenantSessions.inTenant(tenant, s -> {
            BulletinRecord r = new BulletinRecord();
            r.unitId = bulletin.unitId();
            r.title = bulletin.title().trim();
            r.body = bulletin.body().trim();
            r.postedBy = caller.username();
            r.postedAt = now;
            r.expiresAt = bulletin.expiresAt();
            s.persist(r);
            s.flush();
            return view(r, false, 0);
        });
        audit.record(caller, tenant, "bulletin.post", String.valueOf(posted.id()), AuditLog.OK,
                bulletin.unitId() == null ? "to the whole tenant" : "to unit " + bulletin.unitId());
        return posted;
    }

    @Override
    public Page<BulletinView> bulletins(Caller caller, String tenant, int page, int size) {
        guard.require(caller, tenant, "bulletin", "read", tenant + " bulletins");
        Page.check(page, size);
        Set<Long> units = caller.dataScope() == DataScope.TENANT ? null : audience(caller, tenant);
        String where = " where (b.expiresAt is null or b.expiresAt > :now)"
                + (units == null ? "" : " and (b.unitId is null or b.unitId in :units or b.postedBy = :me)");
        Instant now = Timestamps.now();
        return tenantSessions.inTenant(tenant, s -> {
            var q = s.createQuery("from BulletinRecord b" + where + " order by b.postedAt desc, b.id desc", BulletinRecord.class)
                    .setParameter("now", now);
            var count = s.createQuery("select count(b) from BulletinRecord b" + where, Long.class).setParameter("now", now);
            if (units != null) {
                q.setParameterList("units", units).setParameter("me", caller.username());
                count.setParameterList("units", units).setParameter("me", caller.username());
            }
            List<BulletinRecord> shown = q.setFirstResult(page * size).setMaxResults(size).list();
            Map<Long, Long> reads = readCounts(s, shown);
            Set<Long> mine = shown.isEmpty() ? Set.of() : new HashSet<>(s.createQuery(
                            "select r.bulletinId from BulletinReadRecord r where r.username = :me and r.bulletinId in :ids", Long.class)
                    .setParameter("me", caller.username()).setParameterList("ids", ids(shown)).list());
            List<BulletinView> items = shown.stream().map(b -> view(b, mine.contains(b.id), reads.getOrDefault(b.id, 0L)))
                    .collect(Collectors.toList());
            return new Page<>(items, page, size, count.uniqueResult());
        });
    }

    @Override
    public BulletinView markRead(Caller caller, String tenant, long id) {
        guard.require(caller, tenant, "bulletin", "read", "bulletin " + id);
        Set<Long> units = caller.dataScope() == DataScope.TENANT ? null : audience(caller, tenant);
        return tenantSessions.inTenant(tenant, s -> {
            BulletinRecord b = s.get(BulletinRecord.class, id);
            if (b == null) throw PlatformException.notFound("no bulletin " + id + " in tenant " + tenant);
            if (units != null && b.unitId != null && !units.contains(b.unitId) && !b.postedBy.equals(caller.username())) {
                throw audit.refuse(caller, tenant, "bulletin.read", "bulletin " + id, "bulletin " + id + " is for another part of the tree");
            }
            BulletinReadRecord.Key key = new BulletinReadRecord.Key();
            key.bulletinId = id;
            key.username = caller.username();
            if (s.get(BulletinReadRecord.class, key) == null) { // the first read is the receipt; reading again changes nothing
                BulletinReadRecord r = new BulletinReadRecord();
                r.bulletinId = id;
                r.username = caller.username();
                r.readAt = Timestamps.now();
                s.persist(r);
                s.flush();
            }
            return view(b, true, readCounts(s, List.of(b)).getOrDefault(b.id, 0L));
        });
    }

    @Override
    public List<ReadReceipt> receipts(Caller caller, String tenant, long id) {
        guard.require(caller, tenant, "bulletin", "write", "bulletin " + id);
        BulletinRecord b = tenantSessions.inTenant(tenant, s -> s.get(BulletinRecord.class, id));
        if (b == null) throw PlatformException.notFound("no bulletin " + id + " in tenant " + tenant);
        if (!b.postedBy.equals(caller.username()) && !covers(caller, tenant, b.unitId)) {
            throw audit.refuse(caller, tenant, "bulletin.receipts", "bulletin " + id, "bulletin " + id + " was posted outside your part of the tree");
        }
        return tenantSessions.inTenant(tenant, s -> s.createQuery("from BulletinReadRecord where bulletinId = :b order by readAt, username",
                BulletinReadRecord.class).setParameter("b", id).list().stream()
                .map(r -> new ReadReceipt(r.username, r.readAt)).collect(Collectors.toList()));
    }

    /** Who may post where: team leads to their team, department heads to their department or its teams, tenant-wide roles anywhere. */
    private void checkAudience(Caller caller, String tenant, Long unitId) {
        if (unitId == null) {
            if (caller.dataScope() != DataScope.TENANT) {
                throw audit.refuse(caller, tenant, "bulletin.write", "the whole tenant", "only tenant and agency admins post to the whole tenant; "
                        + "pass the unitId of your " + (caller.dataScope() == DataScope.TEAM ? "team" : "department"));
            }
            return;
        }
        if (!covers(caller, tenant, unitId)) {
            throw audit.refuse(caller, tenant, "bulletin.write", "unit " + unitId, "unit " + unitId + " is outside your part of the tree");
        }
    }

    /** Whether the unit lies in the caller's part of the tree; refuses a unit that is not this tenant's. */
    private boolean covers(Caller caller, String tenant, Long unitId) {
        if (unitId == null) return caller.dataScope() == DataScope.TENANT;
        OrgUnitRecord unit = control.tx(s -> {
            long tenantId = TenantServiceImpl.find(s, tenant).id;
            OrgUnitRecord u = s.get(OrgUnitRecord.class, unitId);
            return u != null && Objects.equals(u.ownerTenantId, tenantId) ? u : null;
        });
        if (unit == null) throw PlatformException.invalid("unitId", "no unit " + unitId + " in the tree of tenant " + tenant);
        return switch (caller.dataScope()) {
            case TENANT -> true;
            case DEPARTMENT -> Objects.equals(unit.id, caller.departmentId())
                    || (unit.kind == OrgUnitKind.TEAM && Objects.equals(unit.parentId, caller.departmentId()));
            case TEAM -> Objects.equals(unit.id, caller.teamId());
            case OWN -> false;
        };
    }

    /** The units whose bulletins the caller sees: their team and department, and the teams of a department they head. */
    private Set<Long> audience(Caller caller, String tenant) {
        Set<Long> units = new HashSet<>();
        if (caller.teamId() != null) units.add(caller.teamId());
        if (caller.departmentId() != null) {
            units.add(caller.departmentId());
            if (caller.dataScope() == DataScope.DEPARTMENT) {
                units.addAll(control.tx(s -> s.createQuery("select u.id from OrgUnitRecord u where u.parentId = :d", Long.class)
                        .setParameter("d", caller.departmentId()).list()));
            }
        }
        units.add(-1L); // an empty IN list is not valid SQL
        return units;
    }

    private static List<Long> ids(List<BulletinRecord> bulletins) {
        return bulletins.stream().map(b -> b.id).collect(Collectors.toList());
    }

    private static Map<Long, Long> readCounts(Session s, List<BulletinRecord> bulletins) {
        if (bulletins.isEmpty()) return Map.of();
        return s.createQuery("select r.bulletinId, count(r) from BulletinReadRecord r where r.bulletinId in :ids group by r.bulletinId",
                        Object[].class).setParameterList("ids", ids(bulletins)).list().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    private static BulletinView view(BulletinRecord b, boolean read, long reads) {
        return new BulletinView(b.id, b.unitId, b.title, b.body, b.postedBy, b.postedAt, b.expiresAt, read, reads);
    }
}
