package io.bpohub.core.billing;

import io.bpohub.api.billing.Charge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes charges in multi-row statements of up to {@link #BATCH} rows. One row per source record
 * (the unique key); a re-rated record whose charge did not change is left untouched, so re-rating
 * unchanged data writes nothing.
 */
final class ChargeWriter implements AutoCloseable {
    static final int BATCH = 500;
    private static final int RULE_MAX = 1000;
    private static final int COLUMNS = 16;
    private static final String INSERT = "INSERT INTO charge (source_type, source_id, period, charge_type, quantity, unit, unit_price, "
            + "priced_per, fees, minimum, amount, currency, plan_id, plan_version, rule, rated_at) VALUES ";
    private static final String ROW = "(" + "?,".repeat(COLUMNS - 1) + "?)";
    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE "
            // rated_at first: it compares against the old values before the assignments below change them
            + "rated_at = IF(period <=> VALUES(period) AND charge_type <=> VALUES(charge_type) AND quantity <=> VALUES(quantity) "
            + "AND unit <=> VALUES(unit) AND unit_price <=> VALUES(unit_price) AND priced_per <=> VALUES(priced_per) "
            + "AND fees <=> VALUES(fees) AND minimum <=> VALUES(minimum) AND amount <=> VALUES(amount) "
            + "AND currency <=> VALUES(currency) AND plan_id <=> VALUES(plan_id) AND plan_version <=> VALUES(plan_version) "
            + "AND rule <=> VALUES(rule), rated_at, VALUES(rated_at)), "
            + "period = VALUES(period), charge_type = VALUES(charge_type), quantity = VALUES(quantity), unit = VALUES(unit), "
            + "unit_price = VALUES(unit_price), priced_per = VALUES(priced_per), fees = VALUES(fees), minimum = VALUES(minimum), "
            + "amount = VALUES(amount), currency = VALUES(currency), plan_id = VALUES(plan_id), "
            + "plan_version = VALUES(plan_version), rule = VALUES(rule)";

    private final Connection connection;
    private final String period;
    private final Timestamp ratedAt;
    private final List<Charge> pending = new ArrayList<>(BATCH);
    private PreparedStatement fullBatch;

    ChargeWriter(Connection connection, String period, Timestamp ratedAt) {
        this.connection = connection;
        this.period = period;
        this.ratedAt = ratedAt;
    }

    void add(Charge c) throws SQLException {
        pending.add(c);
        if (pending.size() == BATCH) flush();
    }

    void flush() throws SQLException {
        if (pending.isEmpty()) return;
        if (pending.size() == BATCH) {
            if (fullBatch == null) fullBatch = connection.prepareStatement(sql(BATCH));
            bind(fullBatch);
            fullBatch.executeUpdate();
        } else {
            try (PreparedStatement last = connection.prepareStatement(sql(pending.size()))) {
                bind(last);
                last.executeUpdate();
            }
        }
        pending.clear();
    }

    private static String sql(int rows) {
        StringBuilder sql = new StringBuilder(INSERT.length() + rows * (ROW.length() + 1) + ON_DUPLICATE.length()).append(INSERT);
        for (int i = 0; i < rows; i++) sql.append(i == 0 ? "" : ",").append(ROW);
        return sql.append(ON_DUPLICATE).toString();
    }

    private void bind(PreparedStatement st) throws SQLException {
        int i = 0;
        for (Charge c : pending) {
            st.setString(++i, c.sourceType().name());
            st.setString(++i, c.sourceId());
            st.setString(++i, period);
            st.setString(++i, c.type().name());
            st.setBigDecimal(++i, c.quantity());
            st.setString(++i, c.unit().name());
            st.setBigDecimal(++i, c.unitPrice());
            st.setInt(++i, c.pricedPer());
            st.setBigDecimal(++i, c.fees());
            st.setBigDecimal(++i, c.minimum());
            st.setBigDecimal(++i, c.amount());
            st.setString(++i, c.currency());
            st.setString(++i, c.planId());
            st.setInt(++i, c.planVersion());
            st.setString(++i, c.rule().length() <= RULE_MAX ? c.rule() : c.rule().substring(0, RULE_MAX));
            st.setTimestamp(++i, ratedAt);
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (fullBatch != null) fullBatch.close();
    }
}
