package io.bpohub.core.calendar;

import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.api.tenant.OperatingMode;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.model.RoutingPolicyRecord;
import io.bpohub.core.model.TenantRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RoutingPolicyService;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.Session;

/**
 * Routing policies live in the tenant's own database: the tenant default (key "") and campaign
 * overrides. A tenant that never set one follows its operating mode without overflow.
 */
public final class RoutingPolicyServiceImpl implements RoutingPolicyService {
    private static final Pattern CAMPAIGN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Owners owners;
    private final ControlDb control;
    private final TenantSessions tenantSessions;
    private final RoutingRevisions revisions;
    private final AuditLog audit;

    RoutingPolicyServiceImpl(Owners owners, ControlDb control, TenantSessions tenantSessions, RoutingRevisions revisions,
                             AuditLog audit) {
        this.owners = owners;
        this.control = control;
        this.tenantSessions = tenantSessions;
        this.revisions = revisions;
        this.audit = audit;
    }

    @Override
    public RoutingPolicy policy(Caller caller, String tenant, String campaign) {
        Owner o = tenantOwner(caller, tenant, "read");
        return inForce(o.slug(), campaign);
    }

    /** The policy in force, without a caller: for the routing decision service. */
    RoutingPolicy inForce(String tenant, String campaign) {
        return tenantSessions.inTenant(tenant, s -> {
            RoutingPolicyRecord r = campaign == null ? null : s.get(RoutingPolicyRecord.class, campaign);
            if (r == null) r = s.get(RoutingPolicyRecord.class, RoutingPolicyRecord.TENANT_DEFAULT);
            return r == null ? new RoutingPolicy(operatingMode(tenant), null, false, false) : view(r);
        });
    }

    @Override
    public Map<String, RoutingPolicy> policies(Caller caller, String tenant) {
        Owner o = tenantOwner(caller, tenant, "read");
        Map<String, RoutingPolicy> all = new LinkedHashMap<>();
        all.put(RoutingPolicyRecord.TENANT_DEFAULT, inForce(o.slug(), null));
        tenantSessions.inTenant(o.slug(), s -> s.createQuery("from RoutingPolicyRecord where campaignKey <> '' order by campaignKey",
                RoutingPolicyRecord.class).list()).forEach(r -> all.put(r.campaignKey, view(r)));
        return all;
    }

    @Override
    public RoutingPolicy setPolicy(Caller caller, String tenant, String campaign, RoutingPolicy policy) {
        Owner o = tenantOwner(caller, tenant, "write");
        String key = key(campaign);
        if (policy == null || policy.mode() == null) throw PlatformException.invalid("mode", "mode must be IN_HOUSE, OUTSOURCED or HYBRID");
        if (policy.overflowAfterSeconds() != null && (policy.overflowAfterSeconds() < 0 || policy.overflowAfterSeconds() > 3600)) {
            throw PlatformException.invalid("overflowAfterSeconds", "overflowAfterSeconds must be between 0 and 3600, or empty for no wait overflow");
        }
        tenantSessions.inTenant(o.slug(), s -> {
            RoutingPolicyRecord r = s.get(RoutingPolicyRecord.class, key);
            if (r == null) {
                r = new RoutingPolicyRecord();
                r.campaignKey = key;
            }
            r.mode = policy.mode();
            r.overflowAfterSeconds = policy.overflowAfterSeconds();
            r.overflowWhenBusy = policy.overflowWhenInHouseBusy();
            r.temporaryProject = policy.temporaryProject();
            r.changedAt = Instant.now();
            r.changedBy = caller.username();
            s.saveOrUpdate(r);
            return r;
        });
        revisions.bump(o.slug());
        audit.record(caller, o.slug(), "routing.policy.set", key.isEmpty() ? "tenant default" : "campaign " + key, AuditLog.OK,
                policy.toString());
        return policy;
    }

    @Override
    public void clearOverride(Caller caller, String tenant, String campaign) {
        Owner o = tenantOwner(caller, tenant, "write");
        String key = key(campaign);
        if (key.isEmpty()) throw PlatformException.invalid("campaign", "name the campaign whose override to remove");
        int removed = tenantSessions.inTenant(o.slug(), s -> s.createQuery("delete from RoutingPolicyRecord where campaignKey = :k")
                .setParameter("k", key).executeUpdate());
        if (removed == 0) throw PlatformException.notFound("campaign " + key + " has no routing override");
        revisions.bump(o.slug());
        audit.record(caller, o.slug(), "routing.policy.clear", "campaign " + key, AuditLog.OK, null);
    }

    private Owner tenantOwner(Caller caller, String tenant, String action) {
        if (OrgService.AGENCY.equals(tenant)) throw PlatformException.invalid("tenant", "routing policies belong to tenants, not the agency");
        return owners.resolve(caller, tenant, "routing", action);
    }

    private static String key(String campaign) {
        if (campaign == null || campaign.isEmpty()) return RoutingPolicyRecord.TENANT_DEFAULT;
        if (!CAMPAIGN.matcher(campaign).matches()) {
            throw PlatformException.invalid("campaign", "campaign keys are 1-64 letters, digits, '.', '_' or '-'");
        }
        return campaign;
    }

    private OperatingMode operatingMode(String tenant) {
        return control.tx((Session s) -> s.createQuery("select t.operatingMode from TenantRecord t where t.slug = :s", OperatingMode.class)
                .setParameter("s", tenant).uniqueResult());
    }

    private static RoutingPolicy view(RoutingPolicyRecord r) {
        return new RoutingPolicy(r.mode, r.overflowAfterSeconds, r.overflowWhenBusy, r.temporaryProject);
    }
}
