package io.bpohub.core.billing;

import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatingException;
import io.bpohub.api.billing.RatingService;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.routing.Handler;
import io.bpohub.core.access.Guard;
import io.bpohub.core.access.Owners;
import io.bpohub.core.access.Owners.Owner;
import io.bpohub.core.audit.AuditLog;
import io.bpohub.core.db.ControlDb;
import io.bpohub.core.db.TenantSessions;
import io.bpohub.platform.services.BillingService;
import io.bpohub.platform.services.CallRecord;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.ChargeSummary;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.RatingReport;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rating of a tenant's period in its own database: read the period's CDRs in id order, price each
 * with the tenant's plan, upsert one charge per CDR. Records that cannot be priced are reported and
 * left unrated; nothing else is skipped.
 */
public final class BillingServiceImpl implements BillingService {
    static final int MAX_REPORTED_FAILURES = 20;
    private static final int PAGE = 5000;

    private final RatePlans plans;
    private final TenantSessions tenantSessions;
    private final Owners owners;
    private final Guard guard;
    private final AuditLog audit;
    private final Supplier<RatingService> rater;

    public BillingServiceImpl(ControlDb control, TenantSessions tenantSessions, Owners owners, Guard guard,
                              AuditLog audit, Supplier<RatingService> rater) {
        this.plans = new RatePlans(control);
        this.tenantSessions = tenantSessions;
        this.owners = owners;
        this.guard = guard;
        this.audit = audit;
        this.rater = rater;
    }

    @Override
    public RatePlan savePlan(Caller caller, RatePlan plan) {
        guard.requireAgency(caller, "billing", "write", null);
        if (plan == null) throw PlatformException.invalid(null, "send a rate plan document");
        plans.save(plan, caller.username());
        audit.record(caller, null, "billing.plan.save", plan.id(), AuditLog.OK, null);
        return plan;
    }

    @Override
    public List<RatePlan> plans(Caller caller) {
        guard.requireAgency(caller, "billing", "read", null);
        return plans.all();
    }

    @Override
    public void assignPlan(Caller caller, String tenant, String planId) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        if (planId == null || !plans.exists(planId)) throw PlatformException.invalid("planId", "no rate plan " + planId + "; create it first");
        plans.assign(owner.tenantId(), planId, caller.username());
        audit.record(caller, tenant, "billing.plan.assign", planId, AuditLog.OK, null);
    }

    @Override
    public List<Long> recordCalls(Caller caller, String tenant, List<CallRecord> calls) {
        Owner owner = owners.resolve(caller, tenant, "cdr", "write");
        if (calls == null || calls.isEmpty()) throw PlatformException.invalid("calls", "send at least one call record");
        for (int i = 0; i < calls.size(); i++) check(calls.get(i), i);
        return tenantSessions.inTenant(owner.slug(), s -> {
            List<Long> ids = new ArrayList<>(calls.size());
            s.doWork(c -> CdrStore.insert(c, calls, ids));
            return ids;
        });
    }

    private static void check(CallRecord call, int i) {
        String field = "calls[" + i + "]";
        if (call == null || call.startedAt() == null) throw PlatformException.invalid(field + ".startedAt", "every call needs its start instant");
        if (call.talkSeconds() < 0) throw PlatformException.invalid(field + ".talkSeconds", "talk time cannot be negative");
        if (call.destination() == null || !call.destination().matches("\\+[1-9][0-9]{5,14}")) {
            throw PlatformException.invalid(field + ".destination", "destination must be an E.164 number such as +8613800138000");
        }
        if (call.handler() == null) throw PlatformException.invalid(field + ".handler", "handler must be IN_HOUSE or AGENCY");
    }

    @Override
    public RatingReport rate(Caller caller, String tenant, YearMonth period) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        if (period == null) throw PlatformException.invalid("period", "period must be a month such as 2026-11");
        RatePlan plan = plans.forTenant(owner.tenantId());
        if (plan == null) throw PlatformException.conflict("plan", "tenant " + tenant + " has no rate plan; assign one first");
        RatingService engine = rater.get();
        RatingReport report = tenantSessions.inTenant(owner.slug(), s -> {
            RatingReport[] result = new RatingReport[1];
            s.doWork(c -> result[0] = rateInConnection(c, owner.slug(), period, plan, engine));
            return result[0];
        });
        audit.record(caller, tenant, "billing.rate", period.toString(), report.failures().isEmpty() ? AuditLog.OK : AuditLog.FAILED,
                report.records() + " records, " + report.inserted() + " new, " + report.updated() + " changed");
        return report;
    }

    private static RatingReport rateInConnection(Connection c, String tenant, YearMonth period, RatePlan plan, RatingService engine)
            throws SQLException {
        String p = period.toString();
        if (isClosed(c, p)) {
            throw PlatformException.conflict("period", "period " + p + " is closed: corrections belong on the next invoice");
        }
        Timestamp from = Timestamp.from(period.atDay(1).atStartOfDay(plan.zone()).toInstant());
        Timestamp to = Timestamp.from(period.plusMonths(1).atDay(1).atStartOfDay(plan.zone()).toInstant());
        long before = count(c, "SELECT COUNT(*) FROM charge WHERE period = ?", p);
        // milliseconds, as the column stores them: the count of touched rows compares this value
        Timestamp ratedAt = Timestamp.from(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        long records = 0;
        List<String> failures = new ArrayList<>();
        long failed = 0;
        try (ChargeWriter writer = new ChargeWriter(c, p, ratedAt);
             PreparedStatement page = c.prepareStatement("SELECT id, started_at, talk_seconds, destination, handler, trunk FROM cdr "
                     + "WHERE started_at >= ? AND started_at < ? AND id > ? ORDER BY id LIMIT " + PAGE)) {
            long lastId = 0;
            while (true) {
                page.setTimestamp(1, from);
                page.setTimestamp(2, to);
                page.setLong(3, lastId);
                int rows = 0;
                try (ResultSet rs = page.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        lastId = rs.getLong(1);
                        records++;
                        UsageRecord usage = UsageRecord.call(Long.toString(lastId), tenant, rs.getTimestamp(2).toInstant(), rs.getInt(3),
                                rs.getString(4), Handler.valueOf(rs.getString(5)), rs.getString(6));
                        try {
                            writer.add(engine.rate(usage, plan));
                        } catch (RatingException e) {
                            failed++;
                            if (failures.size() < MAX_REPORTED_FAILURES) failures.add("cdr " + lastId + ": " + e.getMessage());
                        }
                    }
                }
                if (rows < PAGE) break;
            }
        }
        long after = count(c, "SELECT COUNT(*) FROM charge WHERE period = ?", p);
        long touched;
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM charge WHERE period = ? AND rated_at = ?")) {
            st.setString(1, p);
            st.setTimestamp(2, ratedAt);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                touched = rs.getLong(1);
            }
        }
        long inserted = after - before;
        long updated = touched - inserted;
        if (failed > failures.size()) failures.add("... and " + (failed - failures.size()) + " more");
        return new RatingReport(tenant, p, records, inserted, updated, records - failed - touched,
                total(c, p, plan), plan.currency(), failures);
    }

    @Override
    public List<ChargeSummary> summary(Caller caller, String tenant, YearMonth period) {
        Owner owner = owners.resolve(caller, tenant, "invoice", "read");
        return tenantSessions.inTenant(owner.slug(), s -> {
            List<ChargeSummary> rows = new ArrayList<>();
            s.doWork(c -> {
                try (PreparedStatement st = c.prepareStatement("SELECT charge_type, COUNT(*), SUM(quantity), SUM(amount), currency FROM charge "
                        + "WHERE period = ? GROUP BY charge_type, currency ORDER BY charge_type")) {
                    st.setString(1, period.toString());
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            rows.add(new ChargeSummary(rs.getString(1), rs.getLong(2), rs.getBigDecimal(3).stripTrailingZeros(),
                                    rs.getBigDecimal(4).stripTrailingZeros(), rs.getString(5)));
                        }
                    }
                }
            });
            return rows;
        });
    }

    @Override
    public void closePeriod(Caller caller, String tenant, YearMonth period) {
        guard.requireAgency(caller, "billing", "write", tenant);
        Owner owner = owners.resolve(caller, tenant, "billing", "read");
        tenantSessions.inTenant(owner.slug(), s -> {
            s.doWork(c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO billing_period (period, status, closed_at, closed_by) "
                        + "VALUES (?, 'CLOSED', ?, ?) ON DUPLICATE KEY UPDATE status = 'CLOSED', closed_at = VALUES(closed_at), "
                        + "closed_by = VALUES(closed_by)")) {
                    st.setString(1, period.toString());
                    st.setTimestamp(2, Timestamp.from(Instant.now()));
                    st.setString(3, caller.username());
                    st.executeUpdate();
                }
            });
            return null;
        });
        audit.record(caller, tenant, "billing.period.close", period.toString(), AuditLog.OK, null);
    }

    private static boolean isClosed(Connection c, String period) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM billing_period WHERE period = ? AND status = 'CLOSED'", period) > 0;
    }

    private static long count(Connection c, String sql, String period) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, period);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The period's total at the plan's scale: stored amounts are exact, so no rounding happens here. */
    private static BigDecimal total(Connection c, String period, RatePlan plan) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COALESCE(SUM(amount), 0) FROM charge WHERE period = ?")) {
            st.setString(1, period);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1).setScale(plan.scale(), java.math.RoundingMode.UNNECESSARY);
            }
        }
    }

    /** Inserting call records, in batches. */
    static final class CdrStore {
        private CdrStore() {
        }

        static void insert(Connection c, List<CallRecord> calls, List<Long> ids) throws SQLException {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO cdr (started_at, talk_seconds, destination, handler, trunk, "
                    + "campaign_key, agent_username, result) VALUES (?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
                for (CallRecord call : calls) {
                    st.setTimestamp(1, Timestamp.from(call.startedAt()));
                    st.setInt(2, call.talkSeconds());
                    st.setString(3, call.destination());
                    st.setString(4, call.handler().name());
                    st.setString(5, call.trunk());
                    st.setString(6, call.campaign());
                    st.setString(7, call.agent());
                    st.setString(8, call.result());
                    st.executeUpdate();
                    try (ResultSet keys = st.getGeneratedKeys()) {
                        keys.next();
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
    }
}
