package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.platform.services.PlatformException;
import java.util.List;
import org.junit.Test;

public class IntervalsTest {

    private static PlatformException refused(String text, String option) {
        PlatformException e = assertThrows(PlatformException.class, () -> Intervals.parse(text, option));
        assertEquals(PlatformException.Kind.INVALID_INPUT, e.kind());
        return e;
    }

    @Test
    public void readsACommaSeparatedListInOrder() {
        assertEquals(List.of(OpenInterval.of("09:00", "12:00"), OpenInterval.of("13:00", "18:00")),
                Intervals.parse("09:00-12:00,13:00-18:00", "--mon"));
        assertEquals(List.of(OpenInterval.of("09:00", "12:00"), OpenInterval.of("13:30", "18:00")),
                Intervals.parse(" 9:00 - 12:00 , 13:30-18:00 ", "--mon"));
    }

    @Test
    public void anEndAtOrBeforeTheStartRunsPastMidnightWithOrWithoutPlusOne() {
        OpenInterval night = OpenInterval.of("22:00", "06:00");
        assertEquals(List.of(night), Intervals.parse("22:00-06:00", "--sat"));
        assertEquals(List.of(night), Intervals.parse("22:00-06:00(+1)", "--sat"));
        assertEquals(List.of(OpenInterval.of("18:00", "00:00")), Intervals.parse("18:00-24:00", "--fri"));
        assertEquals("a whole day", List.of(OpenInterval.of("00:00", "00:00")), Intervals.parse("00:00-24:00", "--sun"));
    }

    @Test
    public void formatIsWhatParseReads() {
        List<OpenInterval> hours = List.of(OpenInterval.of("09:00", "18:00"), OpenInterval.of("22:00", "06:00"));
        assertEquals("09:00-18:00, 22:00-06:00(+1)", Intervals.format(hours));
        assertEquals(hours, Intervals.parse(Intervals.format(hours), "--hours"));
        assertEquals("closed", Intervals.format(List.of()));
        assertEquals("closed", Intervals.format(null));
    }

    @Test
    public void badInputNamesTheOptionAndSaysHowToWriteIt() {
        PlatformException e = refused("9-17", "--mon");
        assertEquals("mon", e.field());
        assertEquals("--mon: '9-17' is not an interval; write start-end in 24-hour time, e.g. 09:00-18:00 or "
                + "22:00-06:00 (past midnight), and separate intervals with commas", e.getMessage());

        e = refused("09:00-12:00;13:00-18:00", "--hours");
        assertEquals("hours", e.field());
        assertEquals("--hours: '09:00-12:00;13:00-18:00' is not an interval; write start-end in 24-hour time, "
                + "e.g. 09:00-18:00 or 22:00-06:00 (past midnight), and separate intervals with commas", e.getMessage());

        e = refused("09:00-12:00,", "--tue");
        assertEquals("tue", e.field());
        assertEquals("--tue: an empty interval is not an interval; write start-end in 24-hour time, e.g. 09:00-18:00 "
                + "or 22:00-06:00 (past midnight), and separate intervals with commas", e.getMessage());
    }

    @Test
    public void timesThatDoNotExistAreRefused() {
        assertEquals("--wed: '09:00-25:00' has a time that does not exist; use 00:00 to 23:59 (24:00 as an end means "
                + "midnight)", refused("09:00-25:00", "--wed").getMessage());
        assertEquals("--wed: '09:60-12:00' has a time that does not exist; use 00:00 to 23:59 (24:00 as an end means "
                + "midnight)", refused("09:60-12:00", "--wed").getMessage());
        assertEquals("24:00 is an end only", "wed", refused("24:00-06:00", "--wed").field());
    }

    @Test
    public void plusOneOnAnIntervalThatEndsTheSameDayIsRefused() {
        assertEquals("--thu: '09:00-18:00(+1)' ends after it starts, on the same day; drop the (+1)",
                refused("09:00-18:00(+1)", "--thu").getMessage());
    }

    @Test
    public void anEmptyListIsRefusedWithTheWayToSayClosed() {
        assertEquals("--fri needs open hours like 09:00-12:00,13:00-18:00; leave --fri out for a closed day",
                refused(" ", "--fri").getMessage());
        assertEquals("fri", refused(null, "--fri").field());
    }
}
