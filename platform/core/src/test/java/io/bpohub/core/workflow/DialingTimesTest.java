package io.bpohub.core.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import io.bpohub.platform.services.DialingWindow;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Random;
import org.junit.Test;

public class DialingTimesTest {
    private static final ZoneId NY = ZoneId.of("America/New_York");
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<DialingWindow> FOUR = List.of(w(8, 0, 10, 0), w(11, 0, 12, 30), w(14, 0, 17, 0), w(18, 0, 20, 0));

    private static DialingWindow w(int h1, int m1, int h2, int m2) {
        return new DialingWindow(LocalTime.of(h1, m1), LocalTime.of(h2, m2));
    }

    private static Instant at(int y, int mo, int d, int h, int mi, ZoneId z) {
        return ZonedDateTime.of(y, mo, d, h, mi, 0, 0, z).toInstant();
    }

    @Test
    public void insideAWindowStaysPut() {
        DialingTimes t = new DialingTimes(FOUR, List.of(LONDON), null, null);
        Instant i = at(2026, 5, 4, 9, 30, LONDON);
        assertEquals(i, t.earliest(i));
    }

    @Test
    public void outsideGoesToTheNextWindowStartAndEndIsExclusive() {
        DialingTimes t = new DialingTimes(FOUR, List.of(LONDON), null, null);
        assertEquals(at(2026, 5, 4, 11, 0, LONDON), t.earliest(at(2026, 5, 4, 10, 0, LONDON)));
        assertEquals(at(2026, 5, 5, 8, 0, LONDON), t.earliest(at(2026, 5, 4, 20, 0, LONDON)));
    }

    @Test
    public void severalZonesUseTheWindowValidInAll() {
        // number in New York, address in Chicago: 09:00-12:00 in both means 10:00-12:00 New York time
        DialingTimes t = new DialingTimes(List.of(w(9, 0, 12, 0)), List.of(NY, CHICAGO), null, null);
        assertEquals(at(2026, 5, 4, 10, 0, NY), t.earliest(at(2026, 5, 4, 7, 0, NY)));
        assertFalse(t.allowed(at(2026, 5, 4, 9, 30, NY)));
        assertEquals(at(2026, 5, 5, 10, 0, NY), t.earliest(at(2026, 5, 4, 12, 0, NY)));
    }

    @Test
    public void zonesWithoutCommonWindowNeverMeet() {
        DialingTimes t = new DialingTimes(List.of(w(9, 0, 12, 0)), List.of(ZoneId.of("Asia/Shanghai"), NY), null, null);
        assertNull(t.earliest(at(2026, 5, 4, 7, 0, NY)));
    }

    @Test
    public void campaignDatesBoundTheAttempts() {
        DialingTimes t = new DialingTimes(FOUR, List.of(LONDON), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 30));
        assertEquals(at(2026, 6, 1, 8, 0, LONDON), t.earliest(at(2026, 5, 20, 15, 0, LONDON)));
        assertNull("after the last day there is no attempt", t.earliest(at(2026, 6, 30, 20, 0, LONDON)));
    }

    @Test
    public void aWindowOpeningInsideTheSpringGapStartsWhenTheClockResumes() {
        DialingTimes t = new DialingTimes(List.of(w(2, 30, 4, 0)), List.of(NY), null, null);
        // 2026-03-08 02:00-03:00 does not exist in New York
        assertEquals(at(2026, 3, 8, 3, 0, NY), t.earliest(at(2026, 3, 8, 0, 0, NY)));
    }

    @Test
    public void zonesColumnIsParsedAndFallsBack() {
        assertEquals(List.of(NY, CHICAGO), DialingTimes.zones("America/New_York, America/Chicago", LONDON));
        assertEquals(List.of(LONDON), DialingTimes.zones(null, LONDON));
        assertEquals(List.of(NY), DialingTimes.zones("Not/AZone,America/New_York", LONDON));
    }

    /** Property: the answer is allowed, not before the start, and no earlier minute from the start on is allowed. */
    @Test
    public void earliestIsTheFirstAllowedMinute() {
        Random random = new Random(13);
        List<ZoneId> zoneSets = List.of(NY, CHICAGO, LONDON, ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Kolkata"));
        for (int n = 0; n < 300; n++) {
            List<ZoneId> zones = random.nextBoolean() ? List.of(zoneSets.get(random.nextInt(5)))
                    : List.of(zoneSets.get(random.nextInt(5)), zoneSets.get(random.nextInt(5)));
            DialingTimes t = new DialingTimes(FOUR, zones, null, null);
            Instant from = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(60L * random.nextInt(60 * 24 * 365));
            Instant found = t.earliest(from);
            if (found == null) continue;
            assertTrue(t.allowed(found));
            assertFalse(found.isBefore(from));
            for (Instant m = from; m.isBefore(found) && m.isBefore(from.plusSeconds(3 * 86400)); m = m.plusSeconds(60)) {
                assertFalse(zones + " " + from + " found " + found + " but " + m + " is allowed", t.allowed(m));
            }
        }
    }
}
