package io.bpohub.core.model;

import java.util.List;

/** Which entity classes each session factory maps. */
public final class Entities {
    public static final List<Class<?>> CONTROL = List.of(TenantRecord.class, OrgUnitRecord.class, UserRecord.class,
            MembershipRecord.class, AccessTokenRecord.class, AuditRecord.class, CalendarRecord.class, CalendarRevisionRecord.class);
    public static final List<Class<?>> TENANT = List.of(ContactRecord.class, CalendarRecord.class, CalendarRevisionRecord.class,
            RoutingPolicyRecord.class,
            // scripts, orders, complaints, phone–mail–phone, bulletins (V7)
            ScriptRecord.class, ScriptVersionRecord.class, ScriptCallRecord.class, OrderRecord.class, OrderItemRecord.class,
            OrderEventRecord.class, ComplaintRecord.class, ComplaintNoteRecord.class, MaterialRequestRecord.class,
            BulletinRecord.class, BulletinReadRecord.class);

    private Entities() {
    }
}
