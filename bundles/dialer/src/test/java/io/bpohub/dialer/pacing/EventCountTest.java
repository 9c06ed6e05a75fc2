package io.bpohub.dialer.pacing;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class EventCountTest {
    @Test
    public void equalChancesGiveTheBinomialDistribution() {
        EventCount count = new EventCount();
        for (int i = 0; i < 4; i++) count.add(0.25);
        // C(4, k) 0.25^k 0.75^(4 - k)
        double[] binomial = {81 / 256.0, 108 / 256.0, 54 / 256.0, 12 / 256.0, 1 / 256.0};
        for (int k = 0; k <= 4; k++) assertEquals(binomial[k], count.exactly(k), 1e-12);
        assertEquals(189 / 256.0, count.atMost(1), 1e-12);
    }

    @Test
    public void unequalChancesAreCountedExactly() {
        EventCount count = new EventCount();
        count.add(0.5);
        count.add(0.1);
        count.add(1);
        // one event is certain; of the other two none (0.45), one (0.5) or both (0.05) happen
        assertEquals(0, count.exactly(0), 1e-12);
        assertEquals(0.45, count.exactly(1), 1e-12);
        assertEquals(0.5, count.exactly(2), 1e-12);
        assertEquals(0.05, count.exactly(3), 1e-12);
        assertEquals(0.95, count.atMost(2), 1e-12);
        assertEquals(1, count.atMost(3), 1e-12);
    }

    @Test
    public void clearingStartsAgainFromNoEventsAndTheCountKeepsOnlyLikelyOutcomes() {
        EventCount count = new EventCount();
        for (int i = 0; i < 1000; i++) count.add(0.5);
        // 1000 fair coins: counts beyond 1e-12 of chance lie within about 7 standard deviations (16) of 500
        assertEquals(1, count.atMost(1000), 1e-9);
        assertTrue(count.most() - count.least() < 250);
        count.clear();
        assertEquals(1, count.exactly(0));
        assertEquals(0, count.most());
    }
}
