package io.bpohub.api.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An issued (or previewed) invoice or credit note as it is printed. All amounts are final, already
 * rounded to the currency scale by billing; a renderer prints them and never computes money.
 *
 * @param number    the gap-free number, or null for a preview (printed as "DRAFT")
 * @param kind      INVOICE or CREDIT_NOTE
 * @param period    the billing period, e.g. "2026-11"
 * @param refersTo  for a credit note, the number of the invoice it corrects; null otherwise
 * @param issuer    the agency (name and address lines)
 * @param customer  the tenant (name and address lines)
 * @param lines     one per charge type (and per adjustment), in print order
 * @param subtotal  sum of the lines' amounts
 * @param taxes     one per tax applied to the subtotal
 * @param total     subtotal plus taxes
 */
public record InvoiceDocument(String number, Kind kind, String period, String refersTo, LocalDate issueDate, LocalDate dueDate,
                              Party issuer, Party customer, String currency, List<Line> lines, BigDecimal subtotal,
                              List<Tax> taxes, BigDecimal total, Instant generatedAt) {
    public enum Kind { INVOICE, CREDIT_NOTE }

    public InvoiceDocument {
        if (kind == null || period == null || issuer == null || customer == null || currency == null || lines == null
                || subtotal == null || taxes == null || total == null) {
            throw new IllegalArgumentException("an invoice document needs kind, period, parties, currency, lines and totals");
        }
        lines = List.copyOf(lines);
        taxes = List.copyOf(taxes);
    }

    public boolean draft() {
        return number == null;
    }

    /** A name and the lines of its postal address (may be empty). */
    public record Party(String name, List<String> address) {
        public Party {
            if (name == null) throw new IllegalArgumentException("a party needs a name");
            address = address == null ? List.of() : List.copyOf(address);
        }
    }

    /**
     * @param chargeType e.g. TALK, ATTEMPT, SEAT, MESSAGE, COMMISSION, PLATFORM_FEE, ADJUSTMENT
     * @param quantity   billed quantity in {@code unit} (minutes, agent-hours, parts, orders, months)
     * @param records    how many charge records the line sums (the drill-down count)
     */
    public record Line(String chargeType, String description, BigDecimal quantity, String unit, long records, BigDecimal amount) {
        public Line {
            if (chargeType == null || description == null || quantity == null || unit == null || amount == null) {
                throw new IllegalArgumentException("an invoice line needs type, description, quantity, unit and amount");
            }
        }
    }

    /** @param rate a fraction: 0.06 for 6 % */
    public record Tax(String name, BigDecimal rate, BigDecimal base, BigDecimal amount) {
        public Tax {
            if (name == null || rate == null || base == null || amount == null) {
                throw new IllegalArgumentException("a tax needs name, rate, base and amount");
            }
        }
    }
}
