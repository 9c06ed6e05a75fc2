package io.bpohub.core.workflow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.bpohub.platform.services.CadenceRules;
import io.bpohub.platform.services.CallResult;
import io.bpohub.platform.services.DialingWindow;
import io.bpohub.platform.services.IntentClass;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.Test;

/** Next-attempt dates by class, as a table, across month ends, leap years and DST changes. */
public class CadenceTest {
    private static final CadenceRules RULES = CadenceRules.DEFAULTS;
    private static final List<DialingWindow> WINDOWS = List.of(new DialingWindow(LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new DialingWindow(LocalTime.of(14, 0), LocalTime.of(18, 0)));

    private static Instant next(IntentClass cls, String localCall, String zone) {
        ZoneId z = ZoneId.of(zone);
        Instant called = java.time.LocalDateTime.parse(localCall).atZone(z).toInstant();
        DialingTimes times = new DialingTimes(WINDOWS, List.of(z), LocalDate.of(2020, 1, 1), null);
        Instant base = Cadence.base(RULES, CallResult.REACHED, cls, called, z);
        return base == null ? null : times.earliest(base);
    }

    private static String local(Instant i, String zone) {
        return i.atZone(ZoneId.of(zone)).toLocalDateTime().toString();
    }

    @Test
    public void tableOfNextAttempts() {
        String[][] table = {
                // class, call (local), zone, expected next attempt (local)
                {"INTERESTED", "2026-01-30T10:15", "Asia/Shanghai", "2026-02-01T10:15"},   // month end
                {"INTERESTED", "2026-02-27T16:00", "Asia/Shanghai", "2026-03-01T16:00"},   // February of a common year
                {"INTERESTED", "2028-02-27T16:00", "Asia/Shanghai", "2028-02-29T16:00"},   // leap day
                {"INTERESTED", "2026-12-30T11:00", "Europe/London", "2027-01-01T11:00"},   // year end
                {"CONSIDERING", "2026-03-28T17:30", "Europe/London", "2026-03-31T17:30"},  // over the spring DST change: same local time
                {"CONSIDERING", "2026-10-24T09:00", "Europe/London", "2026-10-27T09:00"},  // over the autumn change
                {"NOT_NOW", "2026-03-01T10:00", "America/New_York", "2026-03-15T10:00"},   // 14 days over US DST start
                {"NOT_NOW", "2026-01-20T12:30", "America/New_York", "2026-02-03T14:00"},   // lands in the lunch gap: next window
                {"INTERESTED", "2026-05-30T17:59", "Asia/Tokyo", "2026-06-01T17:59"},
                {"BUY_NOW", "2026-03-06T15:00", "Asia/Shanghai", "2026-03-09T09:00"},      // Friday -> Monday, first window
                {"BUY_NOW", "2026-03-31T10:00", "Asia/Shanghai", "2026-04-01T09:00"},      // Tuesday, month end -> Wednesday
        };
        for (String[] row : table) {
            Instant next = next(IntentClass.valueOf(row[0]), row[1], row[2]);
            assertEquals(String.join(" ", row), row[3], local(next, row[2]));
        }
    }

    @Test
    public void daysAreLocalDaysSoDstShiftsTheUtcInstant() {
        Instant next = next(IntentClass.NOT_NOW, "2026-03-01T10:00", "America/New_York");
        assertEquals(Instant.parse("2026-03-15T14:00:00Z"), next); // 15:00Z before the change, 14:00Z after it
    }

    @Test
    public void neverMeansNoMoreCalls() {
        assertNull(next(IntentClass.NEVER, "2026-01-30T10:15", "Asia/Shanghai"));
        assertNull(Cadence.base(RULES, CallResult.NO_SUCH_NUMBER, null, Instant.now(), ZoneId.of("UTC")));
    }

    @Test
    public void redialAfterMinutesForNoAnswerAndBusy() {
        Instant t = Instant.parse("2026-01-30T02:15:00Z");
        assertEquals(t.plusSeconds(120 * 60), Cadence.base(RULES, CallResult.NO_ANSWER, IntentClass.INTERESTED, t, ZoneId.of("UTC")));
        assertEquals(t.plusSeconds(15 * 60), Cadence.base(RULES, CallResult.BUSY, null, t, ZoneId.of("UTC")));
    }

    @Test
    public void editedCadenceIsUsed() {
        CadenceRules weekly = new CadenceRules(7, 4, 21, 30, 5, 3);
        ZoneId z = ZoneId.of("Asia/Shanghai");
        Instant called = ZonedDateTime.of(2026, 1, 30, 10, 0, 0, 0, z).toInstant();
        assertEquals(ZonedDateTime.of(2026, 2, 6, 10, 0, 0, 0, z).toInstant(), Cadence.base(weekly, CallResult.REACHED, IntentClass.INTERESTED, called, z));
        assertEquals(ZonedDateTime.of(2026, 2, 20, 10, 0, 0, 0, z).toInstant(), Cadence.base(weekly, CallResult.REACHED, IntentClass.NOT_NOW, called, z));
    }

    @Test
    public void nextWorkingDaySkipsTheWeekend() {
        assertEquals(LocalDate.of(2026, 3, 9), Cadence.nextWorkingDay(LocalDate.of(2026, 3, 6)));
        assertEquals(LocalDate.of(2026, 3, 9), Cadence.nextWorkingDay(LocalDate.of(2026, 3, 7)));
        assertEquals(LocalDate.of(2026, 3, 10), Cadence.nextWorkingDay(LocalDate.of(2026, 3, 9)));
    }
}
