package io.bpohub.core.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/** A tenant's billing periods in its database: open until closed (by hand or by issuing the invoice). */
final class BillingPeriods {
    private BillingPeriods() {
    }

    static boolean isClosed(Connection c, String period) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT 1 FROM billing_period WHERE period = ? AND status = 'CLOSED'")) {
            st.setString(1, period);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** The number of the period's invoice, or null when none was issued. */
    static String invoiceNumber(Connection c, String period) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT invoice_number FROM billing_period WHERE period = ?")) {
            st.setString(1, period);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    static void close(Connection c, String period, String by, String invoiceNumber) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO billing_period (period, status, closed_at, closed_by, invoice_number) "
                + "VALUES (?, 'CLOSED', ?, ?, ?) ON DUPLICATE KEY UPDATE status = 'CLOSED', closed_at = VALUES(closed_at), "
                + "closed_by = VALUES(closed_by), invoice_number = COALESCE(VALUES(invoice_number), invoice_number)")) {
            st.setString(1, period);
            st.setTimestamp(2, Timestamp.from(Instant.now()));
            st.setString(3, by);
            st.setString(4, invoiceNumber);
            st.executeUpdate();
        }
    }

    /** The period's charge total at the plan's scale: stored amounts are exact, so no rounding happens here. */
    static BigDecimal chargeTotal(Connection c, String period, int scale) throws SQLException {
        return sum(c, "SELECT COALESCE(SUM(amount), 0) FROM charge WHERE period = ?", period).setScale(scale, RoundingMode.UNNECESSARY);
    }

    /** The period's carrier cost, as stored (each row already at its cost table's scale). */
    static BigDecimal costTotal(Connection c, String period) throws SQLException {
        return sum(c, "SELECT COALESCE(SUM(amount), 0) FROM cost WHERE period = ?", period);
    }

    private static BigDecimal sum(Connection c, String sql, String period) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, period);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        }
    }
}
