package io.bpohub.core.billing;

import io.bpohub.api.billing.Charge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes charges (table {@code charge}) or carrier costs (table {@code cost}, the same shape) in
 * multi-row statements of up to {@link #BATCH} rows: inserted, or updated in place through the unique
 * key (one row per source record). The rating run sends only rows that are new or changed.
 */
final class ChargeWriter implements AutoCloseable {
    static final int BATCH = 500;
    static final int RULE_MAX = 1000;
    private static final int COLUMNS = 16;
    private static final String INTO_COLUMNS = " (source_type, source_id, period, charge_type, quantity, unit, unit_price, "
            + "priced_per, fees, minimum, amount, currency, plan_id, plan_version, rule, rated_at) VALUES ";
    private static final String ROW = "(" + "?,".repeat(COLUMNS - 1) + "?)";
    private static final String ON_DUPLICATE = " ON DUPLICATE KEY UPDATE period = VALUES(period), charge_type = VALUES(charge_type), "
            + "quantity = VALUES(quantity), unit = VALUES(unit), unit_price = VALUES(unit_price), priced_per = VALUES(priced_per), "
            + "fees = VALUES(fees), minimum = VALUES(minimum), amount = VALUES(amount), currency = VALUES(currency), "
            + "plan_id = VALUES(plan_id), plan_version = VALUES(plan_version), rule = VALUES(rule), rated_at = VALUES(rated_at)";

    private final Connection connection;
    private final String table;
    private final String period;
    private final Timestamp ratedAt;
    private final List<Charge> pending = new ArrayList<>(BATCH);
    private PreparedStatement fullBatch;

    /** @param table "charge" or "cost": a constant of the caller, never user input */
    ChargeWriter(Connection connection, String table, String period, Timestamp ratedAt) {
        this.connection = connection;
        this.table = table;
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

    private String sql(int rows) {
        StringBuilder sql = new StringBuilder(INTO_COLUMNS.length() + 20 + rows * (ROW.length() + 1) + ON_DUPLICATE.length())
                .append("INSERT INTO ").append(table).append(INTO_COLUMNS);
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
            st.setString(++i, storedRule(c.rule()));
            st.setTimestamp(++i, ratedAt);
        }
    }

    /** The rule as the column keeps it. */
    static String storedRule(String rule) {
        return rule.length() <= RULE_MAX ? rule : rule.substring(0, RULE_MAX);
    }

    @Override
    public void close() throws SQLException {
        flush();
        if (fullBatch != null) fullBatch.close();
    }
}
