package io.bpohub.core.billing;

import io.bpohub.core.db.Decimals;
import io.bpohub.api.billing.Charge;
import io.bpohub.api.billing.CostTable;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.billing.RatingException;
import io.bpohub.api.billing.RatingService;
import io.bpohub.api.billing.SourceType;
import io.bpohub.api.billing.UsageRecord;
import io.bpohub.api.routing.Handler;
import io.bpohub.platform.services.RatingReport;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rates one tenant's period in its own database: every CDR and usage record that started in the
 * period (in the plan's zone), plus the period itself (the monthly fee). Each record's new charge is
 * compared in Java with the stored one, read in the same query; only new or changed charges are
 * written, so re-rating unchanged data writes nothing.
 * <p>
 * A closed period is invoiced and never changes: a record whose charge would change gets a
 * {@code charge_adjustment} row with the difference instead (new amount − invoiced − earlier
 * adjustments), which the next invoice or a credit note settles. Carrier costs are the agency's own
 * figures and are updated in place in any period.
 */
final class RatingRun {
    /** Told after every page of records. */
    interface Progress {
        void at(long done, long total);
    }

    static final int MAX_REPORTED_FAILURES = 20;
    private static final int PAGE = 5000;
    private static final String STORED = "period, charge_type, quantity, unit, unit_price, priced_per, fees, minimum, amount, currency, "
            + "plan_id, plan_version, rule";
    private static final int STORED_COLUMNS = 13;

    private final Connection c;
    private final String tenant;
    private final String period;
    private final RatePlan plan;
    private final CostTable costTable;
    private final RatingService engine;
    private final String by;
    private final Progress progress;
    private final Timestamp from;
    private final Timestamp to;
    private final Timestamp ratedAt = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS));

    private boolean closed;
    private Map<String, BigDecimal> adjustedSoFar;
    private long records;
    private long inserted;
    private long updated;
    private long unchanged;
    private long adjusted;
    private long failed;
    private final List<String> failures = new ArrayList<>();

    RatingRun(Connection c, String tenant, YearMonth period, RatePlan plan, CostTable costTable, RatingService engine, String by,
              Progress progress) {
        this.c = c;
        this.tenant = tenant;
        this.period = period.toString();
        this.plan = plan;
        this.costTable = costTable;
        this.engine = engine;
        this.by = by;
        this.progress = progress;
        this.from = Timestamp.from(period.atDay(1).atStartOfDay(plan.zone()).toInstant());
        this.to = Timestamp.from(period.plusMonths(1).atDay(1).atStartOfDay(plan.zone()).toInstant());
    }

    RatingReport run() throws SQLException {
        closed = BillingPeriods.isClosed(c, period);
        adjustedSoFar = closed ? adjustmentsSoFar() : Map.of();
        long total = 1 + countInPeriod("cdr") + countInPeriod("usage_record");
        boolean chargesStored = anyStored("charge");
        boolean costsStored = anyStored("cost");
        long done = 0;
        try (ChargeWriter charges = new ChargeWriter(c, "charge", period, ratedAt);
             ChargeWriter costs = new ChargeWriter(c, "cost", period, ratedAt);
             AdjustmentWriter adjustments = new AdjustmentWriter(c, by, ratedAt)) {
            rateOne(UsageRecord.period(period, tenant, from.toInstant()), storedCharge(SourceType.PERIOD, period), charges, adjustments);
            done++;
            StringBuilder joins = new StringBuilder();
            String storedCharges = stored(chargesStored, "charge", "ch", "d", "'CDR'", joins);
            String storedCosts = stored(costsStored, "cost", "co", "d", "'CDR'", joins);
            try (PreparedStatement page = c.prepareStatement("SELECT d.id, d.started_at, d.talk_seconds, d.destination, d.handler, d.trunk, "
                    + storedCharges + ", " + storedCosts + " FROM cdr d " + joins
                    + "WHERE d.started_at >= ? AND d.started_at < ? AND d.id > ? ORDER BY d.id LIMIT " + PAGE)) {
                long lastId = 0;
                int rows;
                do {
                    rows = 0;
                    bindPage(page, lastId);
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            lastId = rs.getLong(1);
                            UsageRecord call = UsageRecord.call(Long.toString(lastId), tenant, rs.getTimestamp(2).toInstant(), rs.getInt(3),
                                    rs.getString(4), Handler.valueOf(rs.getString(5)), rs.getString(6));
                            rateOne(call, StoredCharge.read(rs, 7), charges, adjustments);
                            if (costTable != null) costOne(call, StoredCharge.read(rs, 7 + STORED_COLUMNS), costs);
                        }
                    }
                    done += rows;
                    progress.at(done, total);
                } while (rows == PAGE);
            }
            joins.setLength(0);
            storedCharges = stored(chargesStored, "charge", "ch", "u", "u.source_type", joins);
            try (PreparedStatement page = c.prepareStatement("SELECT u.id, u.source_type, u.started_at, u.seconds, u.quantity, u.channel, "
                    + "u.handler, " + storedCharges + " FROM usage_record u " + joins
                    + "WHERE u.started_at >= ? AND u.started_at < ? AND u.id > ? ORDER BY u.id LIMIT " + PAGE)) {
                long lastId = 0;
                int rows;
                do {
                    rows = 0;
                    bindPage(page, lastId);
                    try (ResultSet rs = page.executeQuery()) {
                        while (rs.next()) {
                            rows++;
                            lastId = rs.getLong(1);
                            UsageRecord usage = new UsageRecord(SourceType.valueOf(rs.getString(2)), Long.toString(lastId), tenant,
                                    rs.getTimestamp(3).toInstant(), rs.getLong(4), rs.getLong(5), null, Handler.valueOf(rs.getString(7)),
                                    rs.getString(6), null);
                            rateOne(usage, StoredCharge.read(rs, 8), charges, adjustments);
                        }
                    }
                    done += rows;
                    progress.at(done, total);
                } while (rows == PAGE);
            }
        }
        if (failed > failures.size()) failures.add("... and " + (failed - failures.size()) + " more");
        return new RatingReport(tenant, period, records, inserted, updated, unchanged, adjusted, closed,
                BillingPeriods.chargeTotal(c, period, plan.scale()), plan.currency(), List.copyOf(failures));
    }

    private void rateOne(UsageRecord usage, StoredCharge stored, ChargeWriter charges, AdjustmentWriter adjustments) throws SQLException {
        records++;
        Charge charge;
        try {
            charge = engine.rate(usage, plan);
        } catch (RatingException e) {
            failed++;
            if (failures.size() < MAX_REPORTED_FAILURES) failures.add(usage.sourceType() + " " + usage.sourceId() + ": " + e.getMessage());
            return;
        }
        if (closed) {
            String key = usage.sourceType() + ":" + usage.sourceId();
            BigDecimal billed = (stored == null ? BigDecimal.ZERO : stored.amount).add(adjustedSoFar.getOrDefault(key, BigDecimal.ZERO));
            BigDecimal difference = charge.amount().subtract(billed);
            if (difference.signum() == 0) {
                unchanged++;
            } else {
                adjustments.add(charge, period, difference, billed);
                adjusted++;
            }
        } else if (stored == null) {
            charges.add(charge);
            inserted++;
        } else if (stored.sameAs(charge, period)) {
            unchanged++;
        } else {
            charges.add(charge);
            updated++;
        }
    }

    private void costOne(UsageRecord call, StoredCharge stored, ChargeWriter costs) throws SQLException {
        Charge cost;
        try {
            cost = engine.cost(call, costTable);
        } catch (RatingException e) {
            failed++;
            if (failures.size() < MAX_REPORTED_FAILURES) failures.add("carrier cost of CDR " + call.sourceId() + ": " + e.getMessage());
            return;
        }
        if (stored == null || !stored.sameAs(cost, period)) costs.add(cost);
    }

    private void bindPage(PreparedStatement page, long lastId) throws SQLException {
        page.setTimestamp(1, from);
        page.setTimestamp(2, to);
        page.setLong(3, lastId);
    }

    private long countInPeriod(String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE started_at >= ? AND started_at < ?")) {
            st.setTimestamp(1, from);
            st.setTimestamp(2, to);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private StoredCharge storedCharge(SourceType type, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + STORED + " FROM charge WHERE source_type = ? AND source_id = ?")) {
            st.setString(1, type.name());
            st.setString(2, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? StoredCharge.read(rs, 1) : null;
            }
        }
    }

    private Map<String, BigDecimal> adjustmentsSoFar() throws SQLException {
        Map<String, BigDecimal> sums = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("SELECT source_type, source_id, SUM(amount) FROM charge_adjustment "
                + "WHERE original_period = ? GROUP BY source_type, source_id")) {
            st.setString(1, period);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) sums.put(rs.getString(1) + ":" + rs.getString(2), rs.getBigDecimal(3));
            }
        }
        return sums;
    }

    /**
     * The select list of the stored row in {@code table} for each record of {@code record}, adding its
     * join to {@code joins}; when the month had no rows in that table ({@code any} false: a first rating)
     * the join is left out and the columns are NULL, which saves a lookup per record.
     */
    private static String stored(boolean any, String table, String alias, String record, String sourceType, StringBuilder joins) {
        StringBuilder columns = new StringBuilder();
        for (String column : STORED.split(", ")) {
            columns.append(columns.length() == 0 ? "" : ", ").append(any ? alias + "." + column : "NULL");
        }
        if (any) {
            // the id as text in the column's collation, so the unique key (source_type, source_id) is used
            joins.append("LEFT JOIN ").append(table).append(' ').append(alias).append(" ON ").append(alias).append(".source_type = ")
                    .append(sourceType).append(" AND ").append(alias).append(".source_id = CONVERT(").append(record)
                    .append(".id, CHAR CHARACTER SET utf8mb4) COLLATE utf8mb4_unicode_ci ");
        }
        return columns.toString();
    }

    private boolean anyStored(String table) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM " + table + " WHERE period = ? LIMIT 1")) {
            st.setString(1, period);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** A charge or cost row as stored, to compare with a freshly rated one. */
    private record StoredCharge(String period, String type, BigDecimal quantity, String unit, BigDecimal unitPrice, int pricedPer,
                                BigDecimal fees, BigDecimal minimum, BigDecimal amount, String currency, String planId, int planVersion,
                                String rule) {
        /** The row at {@code first} (1-based) onwards, or null when the LEFT JOIN found none. */
        static StoredCharge read(ResultSet rs, int first) throws SQLException {
            String period = rs.getString(first);
            if (period == null) return null;
            return new StoredCharge(period, rs.getString(first + 1), rs.getBigDecimal(first + 2), rs.getString(first + 3),
                    rs.getBigDecimal(first + 4), rs.getInt(first + 5), rs.getBigDecimal(first + 6), rs.getBigDecimal(first + 7),
                    rs.getBigDecimal(first + 8), rs.getString(first + 9), rs.getString(first + 10), rs.getInt(first + 11),
                    rs.getString(first + 12));
        }

        /** Equal as the columns keep them: numbers by value (the columns have a fixed scale), the rule as truncated. */
        boolean sameAs(Charge c, String chargePeriod) {
            return period.equals(chargePeriod) && type.equals(c.type().name()) && quantity.compareTo(c.quantity()) == 0
                    && unit.equals(c.unit().name()) && unitPrice.compareTo(c.unitPrice()) == 0 && pricedPer == c.pricedPer()
                    && fees.compareTo(c.fees()) == 0 && minimum.compareTo(c.minimum()) == 0 && amount.compareTo(c.amount()) == 0
                    && currency.equals(c.currency()) && planId.equals(c.planId()) && planVersion == c.planVersion()
                    && rule.equals(ChargeWriter.storedRule(c.rule()));
        }
    }

    /** Adjustment rows of a closed period, in batches. */
    private static final class AdjustmentWriter implements AutoCloseable {
        private final PreparedStatement insert;
        private int pending;

        AdjustmentWriter(Connection c, String by, Timestamp at) throws SQLException {
            insert = c.prepareStatement("INSERT INTO charge_adjustment (source_type, source_id, original_period, charge_type, amount, "
                    + "currency, rule, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?)");
            insert.setTimestamp(8, at);
            insert.setString(9, by);
        }

        void add(Charge charge, String period, BigDecimal difference, BigDecimal billed) throws SQLException {
            insert.setString(1, charge.sourceType().name());
            insert.setString(2, charge.sourceId());
            insert.setString(3, period);
            insert.setString(4, charge.type().name());
            insert.setBigDecimal(5, difference);
            insert.setString(6, charge.currency());
            insert.setString(7, ChargeWriter.storedRule("re-rated " + charge.amount().toPlainString() + ", billed so far "
                    + Decimals.trimmed(billed).toPlainString() + ": " + charge.rule()));
            insert.addBatch();
            if (++pending == ChargeWriter.BATCH) flush();
        }

        private void flush() throws SQLException {
            if (pending > 0) insert.executeBatch();
            pending = 0;
        }

        @Override
        public void close() throws SQLException {
            flush();
            insert.close();
        }
    }
}
