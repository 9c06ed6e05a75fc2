package io.bpohub.core.billing;

import io.bpohub.api.billing.Charge;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Writes charges in batches. One row per source record (the unique key); a re-rated record whose
 * charge did not change is left untouched, so re-rating unchanged data writes nothing.
 */
final class ChargeWriter implements AutoCloseable {
    static final int BATCH = 1000;
    private static final int RULE_MAX = 1000;
    private static final String UPSERT = "INSERT INTO charge (source_type, source_id, period, charge_type, quantity, unit, unit_price, "
            + "priced_per, fees, minimum, amount, currency, plan_id, plan_version, rule, rated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
            + "ON DUPLICATE KEY UPDATE "
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

    private final PreparedStatement upsert;
    private final String period;
    private final Timestamp ratedAt;
    private int pending;

    ChargeWriter(Connection connection, String period, Timestamp ratedAt) throws SQLException {
        this.upsert = connection.prepareStatement(UPSERT);
        this.period = period;
        this.ratedAt = ratedAt;
    }

    void add(Charge c) throws SQLException {
        upsert.setString(1, c.sourceType().name());
        upsert.setString(2, c.sourceId());
        upsert.setString(3, period);
        upsert.setString(4, c.type().name());
        upsert.setBigDecimal(5, c.quantity());
        upsert.setString(6, c.unit().name());
        upsert.setBigDecimal(7, c.unitPrice());
        upsert.setInt(8, c.pricedPer());
        upsert.setBigDecimal(9, c.fees());
        upsert.setBigDecimal(10, c.minimum());
        upsert.setBigDecimal(11, c.amount());
        upsert.setString(12, c.currency());
        upsert.setString(13, c.planId());
        upsert.setInt(14, c.planVersion());
        upsert.setString(15, c.rule().length() <= RULE_MAX ? c.rule() : c.rule().substring(0, RULE_MAX));
        upsert.setTimestamp(16, ratedAt);
        upsert.addBatch();
        if (++pending == BATCH) flush();
    }

    void flush() throws SQLException {
        if (pending > 0) {
            upsert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        flush();
        upsert.close();
    }
}
