package io.bpohub.core.billing;

import io.bpohub.core.db.Decimals;
import io.bpohub.api.billing.RatePlan;
import io.bpohub.api.documents.InvoiceDocument;
import io.bpohub.api.documents.InvoiceDocument.Kind;
import io.bpohub.api.documents.InvoiceDocument.Line;
import io.bpohub.api.documents.InvoiceDocument.Party;
import io.bpohub.api.documents.InvoiceDocument.Tax;
import io.bpohub.platform.services.PlatformException;
import io.bpohub.platform.services.TenantBilling;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Composes an invoice or credit note from what the tenant's database holds. Lines sum stored charge
 * amounts, which are already at the plan's scale, so lines and subtotal are exact sums. The one
 * rounding on a document is the tax: subtotal × rate, to the plan's scale with the plan's rounding
 * mode. Quantities in minutes and agent-hours are shown to two decimals (HALF_UP); they are for
 * reading only and never priced.
 */
final class InvoiceDrafts {
    /** A composed document, the period each line comes from, and the newest adjustment it settles. */
    record Draft(InvoiceDocument document, List<String> linePeriods, long lastAdjustment) {
    }

    private static final List<String> ORDER = List.of("PLATFORM_FEE", "TALK", "ATTEMPT", "SEAT", "MESSAGE", "COMMISSION");
    private static final Map<String, String> NAMES = Map.of("PLATFORM_FEE", "Platform fee", "TALK", "Talk time",
            "ATTEMPT", "Call attempts without talk time", "SEAT", "Outsourced agent seat time", "MESSAGE", "Messages (parts)",
            "COMMISSION", "Commission on successful orders");

    private InvoiceDrafts() {
    }

    /** The period's charges plus every open adjustment of earlier periods. */
    static Draft invoice(Connection c, String period, RatePlan plan, TenantBilling terms, Party issuer, Party customer,
                         LocalDate issueDate, String number) throws SQLException {
        List<Line> lines = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT charge_type, currency, COUNT(*), SUM(quantity), SUM(amount) FROM charge "
                + "WHERE period = ? AND charge_type <> 'NOT_CHARGED' GROUP BY charge_type, currency")) {
            st.setString(1, period);
            List<Line> byType = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sameCurrency(plan, rs.getString(2), "charges of " + period);
                    byType.add(chargeLine(rs.getString(1), rs.getLong(3), rs.getBigDecimal(4), amount(rs.getBigDecimal(5), plan)));
                }
            }
            byType.sort((a, b) -> Integer.compare(rank(a.chargeType()), rank(b.chargeType())));
            for (Line line : byType) {
                lines.add(line);
                periods.add(period);
            }
        }
        long last = adjustments(c, "original_period < ?", period, plan, lines, periods);
        return draft(Kind.INVOICE, period, null, plan, terms, issuer, customer, issueDate, number, lines, periods, last);
    }

    /** The open adjustments of an invoiced period; refused unless they sum to a credit. */
    static Draft creditNote(Connection c, String period, String refersTo, RatePlan plan, TenantBilling terms, Party issuer,
                            Party customer, LocalDate issueDate, String number) throws SQLException {
        List<Line> lines = new ArrayList<>();
        List<String> periods = new ArrayList<>();
        long last = adjustments(c, "original_period = ?", period, plan, lines, periods);
        BigDecimal net = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (net.signum() >= 0) {
            throw PlatformException.conflict("period", lines.isEmpty()
                    ? "period " + period + " has no open corrections: re-rate it after correcting the rates, then issue the credit note"
                    : "the open corrections of " + period + " add up to +" + net.toPlainString() + " " + plan.currency()
                    + ", not a credit: they go on the next invoice");
        }
        return draft(Kind.CREDIT_NOTE, period, refersTo, plan, terms, issuer, customer, issueDate, number, lines, periods, last);
    }

    private static long adjustments(Connection c, String which, String period, RatePlan plan, List<Line> lines, List<String> periods)
            throws SQLException {
        long last = 0;
        try (PreparedStatement st = c.prepareStatement("SELECT original_period, charge_type, currency, COUNT(*), SUM(amount), MAX(id) "
                + "FROM charge_adjustment WHERE settled_by_invoice IS NULL AND " + which + " GROUP BY original_period, charge_type, currency "
                + "ORDER BY original_period, charge_type")) {
            st.setString(1, period);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sameCurrency(plan, rs.getString(3), "corrections of " + rs.getString(1));
                    String type = rs.getString(2);
                    lines.add(new Line(type, "Correction to " + rs.getString(1) + ": " + NAMES.getOrDefault(type, type),
                            BigDecimal.valueOf(rs.getLong(4)), "records", rs.getLong(4), amount(rs.getBigDecimal(5), plan)));
                    periods.add(rs.getString(1));
                    last = Math.max(last, rs.getLong(6));
                }
            }
        }
        return last;
    }

    private static Draft draft(Kind kind, String period, String refersTo, RatePlan plan, TenantBilling terms, Party issuer,
                               Party customer, LocalDate issueDate, String number, List<Line> lines, List<String> periods, long last) {
        BigDecimal subtotal = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(plan.scale()), BigDecimal::add);
        List<Tax> taxes = new ArrayList<>();
        BigDecimal taxTotal = BigDecimal.ZERO.setScale(plan.scale());
        if (terms.taxName() != null && terms.taxRate() != null && terms.taxRate().signum() != 0) {
            taxTotal = subtotal.multiply(terms.taxRate()).setScale(plan.scale(), plan.rounding());
            taxes.add(new Tax(terms.taxName(), terms.taxRate(), subtotal, taxTotal));
        }
        InvoiceDocument document = new InvoiceDocument(number, kind, period, refersTo, issueDate, issueDate.plusDays(terms.paymentDays()),
                issuer, customer, plan.currency(), lines, subtotal, taxes, subtotal.add(taxTotal), Instant.now());
        return new Draft(document, List.copyOf(periods), last);
    }

    private static Line chargeLine(String type, long records, BigDecimal quantity, BigDecimal amount) {
        return switch (type) {
            case "TALK" -> new Line(type, NAMES.get(type), quantity.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP), "min", records, amount);
            case "SEAT" -> new Line(type, NAMES.get(type), quantity.divide(BigDecimal.valueOf(3600), 2, RoundingMode.HALF_UP), "agent-h",
                    records, amount);
            case "ATTEMPT" -> new Line(type, NAMES.get(type), BigDecimal.valueOf(records), "calls", records, amount);
            case "MESSAGE" -> new Line(type, NAMES.get(type), Decimals.trimmed(quantity), "parts", records, amount);
            case "COMMISSION" -> new Line(type, NAMES.get(type), Decimals.trimmed(quantity), "orders", records, amount);
            case "PLATFORM_FEE" -> new Line(type, NAMES.get(type), Decimals.trimmed(quantity), "month", records, amount);
            default -> new Line(type, type, Decimals.trimmed(quantity), "units", records, amount);
        };
    }

    private static int rank(String type) {
        int i = ORDER.indexOf(type);
        return i < 0 ? ORDER.size() : i;
    }

    /** A stored sum at the plan's scale; it is exact, so nothing is rounded here. */
    private static BigDecimal amount(BigDecimal stored, RatePlan plan) {
        try {
            return stored.setScale(plan.scale(), RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw PlatformException.conflict("plan", "stored amounts have more decimals than plan " + plan.id() + " (scale " + plan.scale()
                    + "): re-rate the period with the plan's current scale before invoicing");
        }
    }

    private static void sameCurrency(RatePlan plan, String currency, String what) {
        if (!plan.currency().equals(currency)) {
            throw PlatformException.conflict("currency", what + " are in " + currency + " but plan " + plan.id() + " bills in "
                    + plan.currency() + ": re-rate them with the current plan first");
        }
    }
}
