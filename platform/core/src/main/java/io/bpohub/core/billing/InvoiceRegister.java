package io.bpohub.core.billing;

import io.bpohub.core.db.Decimals;
import io.bpohub.api.documents.InvoiceDocument.Kind;
import io.bpohub.core.db.ControlDb;
import io.bpohub.platform.services.RegisterEntry;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The agency's document numbers, in the control database: INV-2026-000001, CN-2026-000001, one
 * series per kind and year, without gaps. A number is taken, and its register row written, in one
 * transaction (the series row is locked meanwhile), so a failure takes no number; a number whose
 * document was not stored yet stays ISSUING and is reused by the next attempt for the same tenant,
 * kind and period, so a failure after taking it leaves no gap either.
 */
final class InvoiceRegister {
    private final ControlDb control;

    InvoiceRegister(ControlDb control) {
        this.control = control;
    }

    /** A number for the tenant's document: the one an earlier attempt left ISSUING, else the next of the series. */
    String take(long tenantId, Kind kind, String period, String refersTo, String currency, int year, String by) {
        String series = kind == Kind.INVOICE ? "INV" : "CN";
        return control.tx(s -> s.doReturningWork(c -> {
            String unfinished = unfinished(c, tenantId, kind, period);
            if (unfinished != null) return unfinished;
            try (PreparedStatement st = c.prepareStatement("INSERT INTO document_series (series, year, last_number) VALUES (?, ?, 1) "
                    + "ON DUPLICATE KEY UPDATE last_number = last_number + 1")) {
                st.setString(1, series);
                st.setInt(2, year);
                st.executeUpdate();
            }
            long seq;
            try (PreparedStatement st = c.prepareStatement("SELECT last_number FROM document_series WHERE series = ? AND year = ?")) {
                st.setString(1, series);
                st.setInt(2, year);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    seq = rs.getLong(1);
                }
            }
            String number = String.format("%s-%d-%06d", series, year, seq);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO invoice_register (number, series, year, seq, tenant_id, kind, period, "
                    + "refers_to, currency, subtotal, tax_total, total, state, issued_at, issued_by) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,0,0,0,'ISSUING',?,?)")) {
                st.setString(1, number);
                st.setString(2, series);
                st.setInt(3, year);
                st.setLong(4, seq);
                st.setLong(5, tenantId);
                st.setString(6, kind.name());
                st.setString(7, period);
                st.setString(8, refersTo);
                st.setString(9, currency);
                st.setTimestamp(10, Timestamp.from(Instant.now()));
                st.setString(11, by);
                st.executeUpdate();
            }
            return number;
        }));
    }

    private static String unfinished(Connection c, long tenantId, Kind kind, String period) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT number FROM invoice_register WHERE tenant_id = ? AND kind = ? AND period = ? "
                + "AND state = 'ISSUING' FOR UPDATE")) {
            st.setLong(1, tenantId);
            st.setString(2, kind.name());
            st.setString(3, period);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The document is stored in the tenant's database: record its totals and the period's carrier cost. */
    void issued(String number, BigDecimal subtotal, BigDecimal taxTotal, BigDecimal total, BigDecimal cost, String costCurrency) {
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE invoice_register SET subtotal = ?, tax_total = ?, total = ?, cost_total = ?, "
                    + "cost_currency = ?, state = 'ISSUED' WHERE number = ?")) {
                st.setBigDecimal(1, subtotal);
                st.setBigDecimal(2, taxTotal);
                st.setBigDecimal(3, total);
                st.setBigDecimal(4, cost);
                st.setString(5, costCurrency);
                st.setString(6, number);
                st.executeUpdate();
            }
        }));
    }

    /** Register entries of one tenant (by id), or of all tenants when {@code tenantId} is null, newest first. */
    List<RegisterEntry> list(Long tenantId, boolean withCost) {
        List<RegisterEntry> entries = new ArrayList<>();
        control.run(s -> s.doWork(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT r.number, r.kind, t.slug, r.period, r.refers_to, r.currency, r.subtotal, "
                    + "r.tax_total, r.total, r.cost_total, r.cost_currency, r.state, r.issued_at, r.issued_by FROM invoice_register r "
                    + "JOIN tenant t ON t.id = r.tenant_id WHERE r.tenant_id <=> COALESCE(?, r.tenant_id) ORDER BY r.issued_at DESC, r.number DESC")) {
                st.setObject(1, tenantId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        BigDecimal subtotal = Decimals.trimmed(rs.getBigDecimal(7));
                        BigDecimal cost = withCost && rs.getBigDecimal(10) != null ? Decimals.trimmed(rs.getBigDecimal(10)) : null;
                        String costCurrency = withCost ? rs.getString(11) : null;
                        BigDecimal margin = cost != null && rs.getString(6).equals(costCurrency) ? subtotal.subtract(cost) : null;
                        entries.add(new RegisterEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), subtotal, Decimals.trimmed(rs.getBigDecimal(8)), Decimals.trimmed(rs.getBigDecimal(9)),
                                cost, costCurrency, margin, rs.getString(12), rs.getTimestamp(13).toInstant(), rs.getString(14)));
                    }
                }
            }
        }));
        return entries;
    }
}
