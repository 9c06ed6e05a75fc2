package io.bpohub.core.access;

import io.bpohub.core.db.ControlDb;
import io.bpohub.core.model.TenantRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.OrgService;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.TenantStatus;

/**
 * Resolves the owner named in a request (the agency, or a tenant's slug) after checking that the
 * caller may act on it, so a refusal never reveals whether another tenant exists.
 */
public final class Owners {
    /** Whose things: {@code slug} null = the agency. */
    public record Owner(String slug, Long tenantId, String timeZone) {
        public String label() {
            return slug == null ? OrgService.AGENCY : slug;
        }
    }

    private final ControlDb control;
    private final Guard guard;
    private final String agencyZone;

    public Owners(ControlDb control, Guard guard, String agencyZone) {
        this.control = control;
        this.guard = guard;
        this.agencyZone = agencyZone;
    }

    public Owner resolve(Caller caller, String name, String resource, String action) {
        if (OrgService.AGENCY.equals(name)) {
            guard.require(caller, null, resource, action, OrgService.AGENCY);
            return new Owner(null, null, agencyZone);
        }
        guard.require(caller, name, resource, action, name);
        TenantRecord t = control.tx(s -> s.createQuery("from TenantRecord where slug = :s", TenantRecord.class)
                .setParameter("s", name).uniqueResult());
        if (t == null || t.status == TenantStatus.OFFBOARDED) {
            throw PlatformException.notFound("no tenant " + name);
        }
        return new Owner(t.slug, t.id, t.timeZone);
    }
}
