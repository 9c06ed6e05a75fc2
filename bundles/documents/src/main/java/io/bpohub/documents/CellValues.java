package io.bpohub.documents;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Date;

/**
 * What a table cell holds, decided once for both formats: a number (kept exact), a boolean, or text
 * that is safe to open in a spreadsheet. CSV and XLSX call only this, so the two never disagree on
 * which cells are numbers or on how a formula-like text is neutralised.
 */
final class CellValues {
    /** The first characters that make Excel, LibreOffice or Google Sheets treat a cell as a formula (or a DDE call). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CellValues() {
    }

    /**
     * Makes text that a spreadsheet would run as a formula show as text: prefixed with a single quote
     * (the OWASP "CSV injection" rule). The quote is part of the value, so it also survives CSV, which
     * has no cell types; nothing else in the text changes.
     */
    static String neutralise(String text) {
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) return "'" + text;
        return text;
    }

    /**
     * A cell as it is written: null (empty cell), a {@link BigDecimal} (every integer and decimal type,
     * exact), a {@link Double} (double and float, which are binary already), a {@link Boolean}, or a
     * neutralised {@link String}. Temporal values become ISO text, anything else its toString().
     */
    static Object of(Object value) {
        if (value == null) return null;
        if (value instanceof BigDecimal) return value;
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof BigInteger) return new BigDecimal((BigInteger) value);
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            // NaN and infinities are not numbers a spreadsheet can hold
            return Double.isFinite(d) ? (Object) d : neutralise(Double.toString(d));
        }
        if (value instanceof Boolean) return value;
        if (value instanceof Temporal) return neutralise(iso((Temporal) value));
        if (value instanceof Date) return neutralise(DateTimeFormatter.ISO_INSTANT.format(((Date) value).toInstant()));
        return neutralise(value.toString());
    }

    /** Header cells are text whatever they say, and are neutralised like any other text. */
    static String header(String name) {
        return name == null ? "" : neutralise(name);
    }

    private static String iso(Temporal t) {
        if (t instanceof Instant) return DateTimeFormatter.ISO_INSTANT.format(t);
        if (t instanceof LocalDate) return DateTimeFormatter.ISO_LOCAL_DATE.format(t);
        if (t instanceof LocalDateTime) return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t);
        if (t instanceof LocalTime) return DateTimeFormatter.ISO_LOCAL_TIME.format(t);
        // a zone region id ("[Asia/Shanghai]") is not ISO 8601; the offset says the same instant
        if (t instanceof ZonedDateTime || t instanceof OffsetDateTime) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t);
        if (t instanceof OffsetTime) return DateTimeFormatter.ISO_OFFSET_TIME.format(t);
        return t.toString(); // YearMonth, Year: their toString() is the ISO form
    }
}
