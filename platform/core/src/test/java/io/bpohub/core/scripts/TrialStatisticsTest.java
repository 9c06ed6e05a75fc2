package io.bpohub.core.scripts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import org.junit.Test;

public class TrialStatisticsTest {
    @Test
    public void ratesAreExactAndRoundedHalfUpOnce() {
        TrialStatistics t = TrialStatistics.of(3, 1, 400);
        assertEquals(new BigDecimal("33.33"), t.successPercent());
        assertEquals(new BigDecimal("133.3"), t.averageTalkSeconds());
        assertEquals(new BigDecimal("66.67"), TrialStatistics.of(3, 2, 0).successPercent());
        // 1/8 = 12.5 % exactly; 2.5 s average rounds half up to 2.5 (one decimal kept)
        assertEquals(new BigDecimal("12.50"), TrialStatistics.of(8, 1, 20).successPercent());
        assertEquals(new BigDecimal("2.5"), TrialStatistics.of(8, 1, 20).averageTalkSeconds());
        // 0.125 % → 0.13 (half up, not half even)
        assertEquals(new BigDecimal("0.13"), TrialStatistics.of(800, 1, 0).successPercent());
        assertEquals(new BigDecimal("100.00"), TrialStatistics.of(150, 150, 150).successPercent());
    }

    @Test
    public void noCallsMeansNoRatesRatherThanZero() {
        TrialStatistics t = TrialStatistics.of(0, 0, 0);
        assertNull(t.successPercent());
        assertNull(t.averageTalkSeconds());
    }

    @Test
    public void targetIsReachedAtItsCallCount() {
        assertFalse(TrialStatistics.reached(49, 50));
        assertTrue(TrialStatistics.reached(50, 50));
        assertFalse("a LIVE version has no target", TrialStatistics.reached(500, null));
    }

    @Test
    public void inconsistentCountsAreABug() {
        assertThrows(IllegalArgumentException.class, () -> TrialStatistics.of(2, 3, 0));
        assertThrows(IllegalArgumentException.class, () -> TrialStatistics.of(2, 1, -5));
    }
}
