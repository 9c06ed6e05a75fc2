package io.bpohub.core.model;

import java.util.List;

/** Which entity classes each session factory maps. */
public final class Entities {
    public static final List<Class<?>> CONTROL = List.of(TenantRecord.class, OrgUnitRecord.class, UserRecord.class,
            MembershipRecord.class, AccessTokenRecord.class, AuditRecord.class, CalendarRecord.class, CalendarRevisionRecord.class);
    public static final List<Class<?>> TENANT = List.of(ContactRecord.class, CalendarRecord.class, CalendarRevisionRecord.class,
            RoutingPolicyRecord.class);

    private Entities() {
    }
}
