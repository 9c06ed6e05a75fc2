package io.bpohub.core.calendar;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.routing.RoutingData;
import io.bpohub.api.routing.RoutingPolicy;
import io.bpohub.core.access.Owners;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.core.tenancy.TenantDirectory;
import java.time.ZoneId;

/**
 * Calendars, routing policies and the {@link RoutingData} the routing service reads (no caller:
 * the dialer and the ACD ask on the platform's own behalf, for tenants that are serving).
 */
public final class CalendarModule implements RoutingData {
    private final RoutingRevisions revisions = new RoutingRevisions();
    private final CalendarDocuments documents;
    private final CalendarServiceImpl calendars;
    private final RoutingPolicyServiceImpl policies;
    private final ControlDb control;
    private final TenantDirectory directory;

    public CalendarModule(ControlDb control, TenantSessions tenantSessions, TenantDirectory directory, Owners owners, AuditLog audit) {
        this.control = control;
        this.directory = directory;
        this.documents = new CalendarDocuments(control, tenantSessions);
        this.calendars = new CalendarServiceImpl(owners, documents, revisions, audit);
        this.policies = new RoutingPolicyServiceImpl(owners, control, tenantSessions, revisions, audit);
    }

    public CalendarServiceImpl calendars() { return calendars; }

    public RoutingPolicyServiceImpl policies() { return policies; }

    @Override
    public BusinessCalendar calendar(String tenant) {
        if (!directory.isServing(tenant)) return null;
        String zone = control.tx(s -> s.createQuery("select t.timeZone from TenantRecord t where t.slug = :s", String.class)
                .setParameter("s", tenant).uniqueResult());
        return documents.load(tenant, ZoneId.of(zone)).calendar();
    }

    @Override
    public RoutingPolicy policy(String tenant, String campaign) {
        return directory.isServing(tenant) ? policies.inForce(tenant, campaign) : null;
    }

    @Override
    public long revision(String tenant) {
        return revisions.revision(tenant);
    }
}
