package io.bpohub.core.audit;

import io.bpohub.core.db.ControlDb;
import io.bpohub.core.model.AuditRecord;
import io.bpohub.platform.services.AuditEntry;
import io.bpohub.platform.services.AuditService;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.Page;
import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.query.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The audit log in the control database. Each entry is its own transaction, so refusals survive rollbacks. */
public final class AuditLog implements AuditService {
    public static final String OK = "OK";
    public static final String DENIED = "DENIED";
    public static final String FAILED = "FAILED";

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    private final ControlDb control;

    public AuditLog(ControlDb control) {
        this.control = control;
    }

    public void record(Caller caller, String tenant, String action, String target, String outcome, String detail) {
        write(caller.username(), caller.tenantSlug(), tenant, action, target, outcome, detail, caller.origin());
    }

    /** Records the refusal and returns the exception to throw. */
    public PlatformException refuse(Caller caller, String tenant, String action, String target, String detail) {
        record(caller, tenant, action, target, DENIED, detail);
        return PlatformException.forbidden(detail);
    }

    @Override
    public void recordRefusal(String actor, String tenant, String action, String target, String detail, String origin) {
        write(actor == null ? "anonymous" : actor, null, tenant, action, target, DENIED, detail, origin);
    }

    private void write(String actor, String actorTenant, String tenant, String action, String target, String outcome,
                       String detail, String origin) {
        AuditRecord r = new AuditRecord();
        r.at = Instant.now();
        r.actor = truncate(actor, 64);
        r.actorTenant = actorTenant;
        r.tenant = truncate(tenant, 32);
        r.action = truncate(action, 64);
        r.target = truncate(target, 200);
        r.outcome = outcome;
        r.detail = truncate(detail, 2000);
        r.origin = truncate(origin, 64);
        control.run(s -> s.persist(r));
        if (DENIED.equals(outcome)) {
            LOG.warn("audit DENIED actor={} actorTenant={} tenant={} action={} target={} detail={}", actor, actorTenant,
                    tenant, action, target, detail);
        }
    }

    @Override
    public Page<AuditEntry> list(Caller caller, String tenant, String outcome, int page, int size) {
        Page.check(page, size);
        if (tenant == null) {
            if (!caller.isPermitted("agency:audit:read")) {
                throw refuse(caller, null, "audit.list", "all tenants", "only agency admins read the whole audit log; pass ?tenant=<your tenant>");
            }
        } else if (caller.tenantSlug() != null && !caller.tenantSlug().equals(tenant)) {
            throw refuse(caller, tenant, "audit.list", tenant, "the audit log of tenant " + tenant + " belongs to another tenant");
        } else if (!caller.isPermitted("tenant:" + tenant + ":audit:read")) {
            throw refuse(caller, tenant, "audit.list", tenant, "your role " + caller.role() + " may not read the audit log");
        }
        String where = " where (:tenant is null or a.tenant = :tenant) and (:outcome is null or a.outcome = :outcome)";
        return control.tx(s -> {
            Query<AuditRecord> q = s.createQuery("from AuditRecord a" + where + " order by a.id desc", AuditRecord.class)
                    .setParameter("tenant", tenant).setParameter("outcome", outcome)
                    .setFirstResult(page * size).setMaxResults(size);
            long total = s.createQuery("select count(a) from AuditRecord a" + where, Long.class)
                    .setParameter("tenant", tenant).setParameter("outcome", outcome).uniqueResult();
            List<AuditEntry> items = q.list().stream().map(AuditLog::view).collect(Collectors.toList());
            return new Page<>(items, page, size, total);
        });
    }

    private static AuditEntry view(AuditRecord r) {
        return new AuditEntry(r.id, r.at, r.actor, r.actorTenant, r.tenant, r.action, r.target, r.outcome, r.detail, r.origin);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
