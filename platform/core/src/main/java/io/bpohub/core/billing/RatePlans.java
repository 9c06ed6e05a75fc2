package io.bpohub.core.billing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.core.db.ControlDb;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Rate plans as JSON documents in the control database. Each revision is read into one RatePlan
 * object and kept, because the rating engine caches its compiled form per plan object.
 */
final class RatePlans {
    private final ControlDb control;
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Map<String, RatePlan> byIdAndRevision = new ConcurrentHashMap<>();

    RatePlans(ControlDb control) {
        this.control = control;
    }

    void save(RatePlan plan, String by) {
        String document = write(plan);
        control.run(s -> s.doWork(c -> {
            try (var st = c.prepareStatement("INSERT INTO rate_plan (id, document, revision, changed_at, changed_by) VALUES (?,?,1,?,?) "
                    + "ON DUPLICATE KEY UPDATE revision = revision + 1, document = VALUES(document), changed_at = VALUES(changed_at), "
                    + "changed_by = VALUES(changed_by)")) {
                st.setString(1, plan.id());
                st.setString(2, document);
                st.setTimestamp(3, Timestamp.from(Instant.now()));
                st.setString(4, by);
                st.executeUpdate();
            }
        }));
    }

    List<RatePlan> all() {
        List<?> rows = control.tx(s -> s.createNativeQuery("SELECT id, revision, document FROM rate_plan ORDER BY id").getResultList());
        return rows.stream().map(row -> cached((Object[]) row)).collect(Collectors.toList());
    }

    /** The plan the tenant is billed by, or null when none is assigned. */
    RatePlan forTenant(long tenantId) {
        List<?> rows = control.tx(s -> s.createNativeQuery("SELECT p.id, p.revision, p.document FROM tenant_rate_plan t "
                + "JOIN rate_plan p ON p.id = t.rate_plan_id WHERE t.tenant_id = :t").setParameter("t", tenantId).getResultList());
        return rows.isEmpty() ? null : cached((Object[]) rows.get(0));
    }

    boolean exists(String planId) {
        return control.tx(s -> !s.createNativeQuery("SELECT 1 FROM rate_plan WHERE id = :id").setParameter("id", planId)
                .getResultList().isEmpty());
    }

    void assign(long tenantId, String planId, String by) {
        control.run(s -> s.doWork(c -> {
            try (var st = c.prepareStatement("INSERT INTO tenant_rate_plan (tenant_id, rate_plan_id, assigned_at, assigned_by) "
                    + "VALUES (?,?,?,?) ON DUPLICATE KEY UPDATE rate_plan_id = VALUES(rate_plan_id), assigned_at = VALUES(assigned_at), "
                    + "assigned_by = VALUES(assigned_by)")) {
                st.setLong(1, tenantId);
                st.setString(2, planId);
                st.setTimestamp(3, Timestamp.from(Instant.now()));
                st.setString(4, by);
                st.executeUpdate();
            }
        }));
    }

    private RatePlan cached(Object[] row) {
        return byIdAndRevision.computeIfAbsent(row[0] + "@" + row[1], k -> read((String) row[2]));
    }

    private RatePlan read(String document) {
        try {
            return json.readValue(document, RatePlan.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rate plan is unreadable: " + e.getOriginalMessage(), e);
        }
    }

    String write(RatePlan plan) {
        try {
            return json.writeValueAsString(plan);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("rate plan cannot be written as JSON", e);
        }
    }
}
