package io.bpohub.documents;

import org.junit.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Date;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

public class CellValuesTest {
    @Test
    public void textThatStartsAFormulaIsPrefixedWithAQuote() {
        for (String formula : Tables.FORMULAS) assertEquals("'" + formula, CellValues.of(formula));
        assertEquals("'=1+1", CellValues.header("=1+1"));
    }

    @Test
    public void otherTextIsUnchanged() {
        for (String text : new String[] {"", "1+1", " =1+1", "a=b", "'quoted", "北京", "x\t=1", "#N/A", "%20"}) {
            assertEquals(text, CellValues.of(text));
        }
        assertEquals("", CellValues.header(null));
    }

    @Test
    public void numbersStayNumbersAndExact() {
        assertEquals(new BigDecimal("1234.50"), CellValues.of(new BigDecimal("1234.50")));
        assertEquals(new BigDecimal("-2"), CellValues.of(-2));
        assertEquals(new BigDecimal("9007199254740993"), CellValues.of(9007199254740993L));
        assertEquals(new BigDecimal("123456789012345678901234567890"), CellValues.of(new BigInteger("123456789012345678901234567890")));
        assertEquals(-2.5, (Double) CellValues.of(-2.5), 0);
        assertEquals(Boolean.TRUE, CellValues.of(true));
        // a double that is not a number becomes text (neutralised: "-Infinity" starts with a minus)
        assertEquals("NaN", CellValues.of(Double.NaN));
        assertEquals("'-Infinity", CellValues.of(Double.NEGATIVE_INFINITY));
        assertNull(CellValues.of(null));
    }

    @Test
    public void datesAndTimesAreIsoText() {
        assertEquals("2026-11-30T10:15:30", CellValues.of(LocalDateTime.of(2026, 11, 30, 10, 15, 30)));
        assertEquals("2026-11-30T10:15:30+08:00", CellValues.of(OffsetDateTime.of(2026, 11, 30, 10, 15, 30, 0, ZoneOffset.ofHours(8))));
        assertEquals("2026-11", CellValues.of(YearMonth.of(2026, 11)));
        assertEquals("1970-01-01T00:00:01Z", CellValues.of(new Date(1000)));
    }
}
