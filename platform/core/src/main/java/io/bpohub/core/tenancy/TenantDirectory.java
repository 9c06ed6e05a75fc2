package io.bpohub.core.tenancy;

import io.bpohub.core.db.ControlDb;
import io.bpohub.core.model.TenantRecord;
import io.bpohub.platform.services.TenantStatus;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** In-memory view of each tenant's status, kept in step with the control database by the tenant service. */
public final class TenantDirectory {
    private final Map<String, TenantStatus> statuses = new ConcurrentHashMap<>();

    public void load(ControlDb control) {
        control.run(s -> s.createQuery("from TenantRecord", TenantRecord.class).list()
                .forEach(t -> statuses.put(t.slug, t.status)));
    }

    public void update(String slug, TenantStatus status) {
        statuses.put(slug, status);
    }

    /** Tenant data may be read or written (the agency may still read a suspended tenant). */
    public boolean isServing(String slug) {
        TenantStatus status = statuses.get(slug);
        return status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED;
    }

    public TenantStatus status(String slug) {
        return statuses.get(slug);
    }

    public int count() {
        return (int) statuses.values().stream().filter(s -> s != TenantStatus.OFFBOARDED).count();
    }
}
