package io.bpohub.documents;

import io.bpohub.api.documents.TableWriter.Format;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

public class CsvTableTest {
    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        assertEquals("UTF-8 byte order mark first", '\uFEFF', text.charAt(0));
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }

    @Test
    public void csvIsUtf8WithBomCrlfAndRfc4180Quoting() throws IOException {
        byte[] csv = Tables.write(Format.CSV, "ignored", Tables.HEADERS, Tables.awkwardRows());
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(text, text.startsWith("id,tenant,note,amount,when,answered\r\n"));
        assertTrue(text, text.contains("1,北京科技有限公司,\"comma, \"\"quoted\"\" and\r\ntwo lines\",1234.50,2026-11-30,true\r\n"));
        assertTrue(text, text.endsWith("\r\n"));

        List<CSVRecord> records = parse(csv);
        assertEquals(4, records.size());
        assertEquals(Tables.HEADERS, records.get(0).toList());
        assertEquals(List.of("1", "北京科技有限公司", "comma, \"quoted\" and\r\ntwo lines", "1234.50", "2026-11-30", "true"), records.get(1).toList());
        // a negative number is a number, not a formula: it keeps its minus and gets no quote
        assertEquals(List.of("2", "Acme GmbH", "", "-5.25", "2026-11-30T10:15:30Z", "false"), records.get(2).toList());
        assertEquals(List.of("3", "Ünïcødé — ÅÄÖ", "", "0.00000001", "2026-11-30T18:15:30+08:00", ""), records.get(3).toList());
    }

    @Test
    public void formulaLikeTextComesBackAsTextStartingWithAQuote() throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (String formula : Tables.FORMULAS) rows.add(List.of(formula, formula));
        byte[] csv = Tables.write(Format.CSV, null, List.of("=header", "@header"), rows);
        List<CSVRecord> records = parse(csv);
        assertEquals(List.of("'=header", "'@header"), records.get(0).toList());
        for (int i = 0; i < Tables.FORMULAS.size(); i++) {
            for (String value : records.get(i + 1).toList()) {
                assertEquals("'" + Tables.FORMULAS.get(i), value);
                assertTrue(value, value.startsWith("'"));
            }
        }
    }

    @Test
    public void numbersArePlainDecimalsWithoutExponent() throws IOException {
        List<CSVRecord> records = parse(Tables.write(Format.CSV, null, List.of("a", "b", "c", "d"),
                List.of(Arrays.asList(new java.math.BigDecimal("1E+3"), 1.0e20, 0.1, Integer.MIN_VALUE))));
        assertEquals(List.of("1000", "100000000000000000000", "0.1", "-2147483648"), records.get(1).toList());
    }
}
