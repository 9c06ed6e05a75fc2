package io.bpohub.core.billing;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.InvoiceDocument.Kind;
import io.bpohub.api.documents.InvoiceDocument.Line;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;

/** Issued documents in the tenant's database: the printed document as JSON, its lines, and what it settled. */
final class InvoiceStore {
    private InvoiceStore() {
    }

    /** Stores the numbered draft, settles the adjustments it lists, and for an invoice closes its period. */
    static void save(Connection c, InvoiceDrafts.Draft draft, String by) throws SQLException {
        InvoiceDocument d = draft.document();
        long id;
        try (PreparedStatement st = c.prepareStatement("INSERT INTO invoice (number, kind, period, refers_to, issue_date, due_date, currency, "
                + "subtotal, tax_total, total, document, issued_at, issued_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, d.number());
            st.setString(2, d.kind().name());
            st.setString(3, d.period());
            st.setString(4, d.refersTo());
            st.setDate(5, Date.valueOf(d.issueDate()));
            st.setDate(6, Date.valueOf(d.dueDate()));
            st.setString(7, d.currency());
            st.setBigDecimal(8, d.subtotal());
            st.setBigDecimal(9, d.total().subtract(d.subtotal()));
            st.setBigDecimal(10, d.total());
            st.setString(11, PriceLists.write(d));
            st.setTimestamp(12, Timestamp.from(Instant.now()));
            st.setString(13, by);
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO invoice_line (invoice_id, line_no, charge_type, original_period, "
                + "description, quantity, unit, records, amount) VALUES (?,?,?,?,?,?,?,?,?)")) {
            for (int i = 0; i < d.lines().size(); i++) {
                Line line = d.lines().get(i);
                st.setLong(1, id);
                st.setInt(2, i + 1);
                st.setString(3, line.chargeType());
                st.setString(4, draft.linePeriods().get(i));
                st.setString(5, line.description());
                st.setBigDecimal(6, line.quantity());
                st.setString(7, line.unit());
                st.setLong(8, line.records());
                st.setBigDecimal(9, line.amount());
                st.addBatch();
            }
            st.executeBatch();
        }
        // exactly the adjustments the draft summed: newer ones (a re-rating meanwhile) stay open for the next document
        try (PreparedStatement st = c.prepareStatement("UPDATE charge_adjustment SET settled_by_invoice = ? WHERE settled_by_invoice IS NULL "
                + "AND id <= ? AND " + (d.kind() == Kind.INVOICE ? "original_period < ?" : "original_period = ?"))) {
            st.setLong(1, id);
            st.setLong(2, draft.lastAdjustment());
            st.setString(3, d.period());
            st.executeUpdate();
        }
        if (d.kind() == Kind.INVOICE) BillingPeriods.close(c, d.period(), by, d.number());
    }

    /** The document as issued, or null. */
    static InvoiceDocument find(Connection c, String number) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT document FROM invoice WHERE number = ?")) {
            st.setString(1, number);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) return null;
                try {
                    return PriceLists.JSON.readValue(rs.getString(1), InvoiceDocument.class);
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("stored invoice " + number + " is unreadable: " + e.getOriginalMessage(), e);
                }
            }
        }
    }

    /** The internal id of a stored document, or 0. */
    static long id(Connection c, String number) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id FROM invoice WHERE number = ?")) {
            st.setString(1, number);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }
}
