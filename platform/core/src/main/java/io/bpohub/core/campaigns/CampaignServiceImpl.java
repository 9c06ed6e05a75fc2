package io.bpohub.core.campaigns;

import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.platform.services.CampaignService;
import io.bpohub.platform.services.CampaignSpec;
import io.bpohub.platform.services.CampaignState;
import io.bpohub.platform.services.CampaignView;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A tenant's campaigns, stored in the tenant's database; every change audited. */
public final class CampaignServiceImpl implements CampaignService {
    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final Owners owners;
    private final AuditLog audit;

    public CampaignServiceImpl(ControlDb control, TenantSessions tenantSessions, Owners owners, AuditLog audit) {
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.owners = owners;
        this.audit = audit;
    }

    @Override
    public CampaignView create(Caller caller, String tenant, String key, CampaignSpec spec) {
        Owner o = owner(caller, tenant, "write");
        CampaignRules.checkKey(key);
        CampaignSpec s = CampaignRules.normalise(spec);
        checkTeams(o, s.teamIds());
        Instant now = Instant.now();
        tenantSessions.inTenant(o.slug(), session -> session.doReturningWork(c -> {
            if (CampaignStore.exists(c, key)) throw PlatformException.conflict("key", "campaign " + key + " exists; choose another key");
            CampaignStore.insert(c, key, s, caller.username(), now);
            return null;
        }));
        audit.record(caller, o.slug(), "campaign.create", key, AuditLog.OK, s.kind() + " " + s.name());
        return find(o, key);
    }

    @Override
    public CampaignView update(Caller caller, String tenant, String key, CampaignSpec spec) {
        Owner o = owner(caller, tenant, "write");
        CampaignSpec s = CampaignRules.normalise(spec);
        checkTeams(o, s.teamIds());
        tenantSessions.inTenant(o.slug(), session -> session.doReturningWork(c -> {
            CampaignStore.Stored stored = CampaignStore.find(c, key);
            if (stored == null) throw PlatformException.notFound("no campaign " + key + " in " + o.slug());
            if (stored.state() == CampaignState.CLOSED) throw PlatformException.conflict("state", "campaign " + key + " is closed");
            CampaignStore.update(c, key, s, caller.username(), Instant.now());
            return null;
        }));
        audit.record(caller, o.slug(), "campaign.update", key, AuditLog.OK, null);
        return find(o, key);
    }

    @Override
    public CampaignView pause(Caller caller, String tenant, String key) {
        return move(caller, tenant, key, CampaignState.PAUSED, List.of(CampaignState.ACTIVE), "campaign.pause");
    }

    @Override
    public CampaignView resume(Caller caller, String tenant, String key) {
        return move(caller, tenant, key, CampaignState.ACTIVE, List.of(CampaignState.PAUSED), "campaign.resume");
    }

    @Override
    public CampaignView close(Caller caller, String tenant, String key) {
        return move(caller, tenant, key, CampaignState.CLOSED, List.of(CampaignState.ACTIVE, CampaignState.PAUSED), "campaign.close");
    }

    private CampaignView move(Caller caller, String tenant, String key, CampaignState to, List<CampaignState> from, String action) {
        Owner o = owner(caller, tenant, "write");
        tenantSessions.inTenant(o.slug(), session -> session.doReturningWork(c -> {
            CampaignStore.Stored stored = CampaignStore.find(c, key);
            if (stored == null) throw PlatformException.notFound("no campaign " + key + " in " + o.slug());
            if (!CampaignStore.changeState(c, key, to, from, caller.username(), Instant.now())) {
                throw PlatformException.conflict("state", "campaign " + key + " is " + stored.state() + "; only a campaign that is "
                        + from.stream().map(Enum::name).collect(Collectors.joining(" or ")) + " can become " + to);
            }
            return null;
        }));
        audit.record(caller, o.slug(), action, key, AuditLog.OK, null);
        return find(o, key);
    }

    @Override
    public CampaignView get(Caller caller, String tenant, String key) {
        return find(owner(caller, tenant, "read"), key);
    }

    @Override
    public Page<CampaignView> list(Caller caller, String tenant, CampaignState state, int page, int size) {
        Owner o = owner(caller, tenant, "read");
        Page.check(page, size);
        OperatingMode tenantMode = tenantMode(o);
        return tenantSessions.inTenant(o.slug(), session -> session.doReturningWork(c -> {
            List<CampaignView> items = new ArrayList<>();
            for (CampaignStore.Stored s : CampaignStore.list(c, state, page, size)) items.add(view(s, tenantMode));
            return new Page<>(items, page, size, CampaignStore.count(c, state));
        }));
    }

    private CampaignView find(Owner o, String key) {
        CampaignStore.Stored s = tenantSessions.inTenant(o.slug(), session -> session.doReturningWork(c -> CampaignStore.find(c, key)));
        if (s == null) throw PlatformException.notFound("no campaign " + key + " in " + o.slug());
        return view(s, tenantMode(o));
    }

    private Owner owner(Caller caller, String tenant, String action) {
        if (OrgService.AGENCY.equals(tenant)) throw PlatformException.invalid("tenant", "campaigns belong to tenants, not the agency");
        return owners.resolve(caller, tenant, "campaign", action);
    }

    /** Teams of this tenant's tree, or of the agency's (outsourced work); nothing of another tenant. */
    private void checkTeams(Owner o, List<Long> teams) {
        if (teams.isEmpty()) return;
        List<?> found = control.tx(s -> s.createNativeQuery("SELECT id FROM org_unit WHERE kind = 'TEAM' AND id IN (:ids) "
                + "AND (owner_tenant_id = :t OR owner_tenant_id IS NULL)").setParameterList("ids", teams).setParameter("t", o.tenantId())
                .getResultList());
        List<Long> known = found.stream().map(x -> ((Number) x).longValue()).collect(Collectors.toList());
        for (Long t : teams) {
            if (!known.contains(t)) throw PlatformException.invalid("teamIds", "no team " + t + " in the tree of " + o.slug() + " or of the agency");
        }
    }

    private OperatingMode tenantMode(Owner o) {
        return control.tx(s -> s.createQuery("select t.operatingMode from TenantRecord t where t.id = :id", OperatingMode.class)
                .setParameter("id", o.tenantId()).uniqueResult());
    }

    static CampaignView view(CampaignStore.Stored s, OperatingMode tenantMode) {
        CampaignSpec p = s.spec();
        boolean overridden = p.operatingMode() != null;
        return new CampaignView(s.key(), p.name(), p.kind(), s.state(), p.offer(), p.startDate(), p.endDate(), p.windows(), p.teamIds(),
                p.dispositions(), p.cadence(), p.scriptKey(), overridden ? p.operatingMode() : tenantMode, overridden, s.createdAt(),
                s.createdBy(), s.changedAt(), s.changedBy());
    }
}
