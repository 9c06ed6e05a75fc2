package io.bpohub.routing.hybrid;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.Openness;
import io.bpohub.routing.hybrid.calendar.CalendarCompiler;
import io.bpohub.routing.hybrid.calendar.CompiledCalendar;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

/**
 * Table-driven evaluation of real calendars. An instant ending in Z is absolute (used around DST
 * changes, where a local time is missing or lived twice); otherwise it is local time in the calendar's
 * zone.
 */
@RunWith(Parameterized.class)
public class CalendarEvaluationTest {
    private static final Map<String, CompiledCalendar> CALENDARS = Map.of(
            "CN", CalendarCompiler.compile(Calendars.china2026()),
            "US", CalendarCompiler.compile(Calendars.newYork()),
            "US-windows", CalendarCompiler.compile(Calendars.newYorkSundayWindows()),
            "UK", CalendarCompiler.compile(Calendars.london()),
            "night", CalendarCompiler.compile(Calendars.nightDesk()),
            "dated", CalendarCompiler.compile(Calendars.effectiveDated(true)));

    @Parameters(name = "{0} {1} -> open={2} {3}")
    public static List<Object[]> table() {
        return Arrays.asList(new Object[][]{
                // mainland China 2026: Spring Festival 02-15..02-23 off, make-up workdays Sat 02-14 and Sat 02-28
                {"CN", "2026-02-13T10:00", true, "WEEKLY", "weekly hours Friday 09:00-12:00"},
                {"CN", "2026-02-14T10:00", true, "SPECIAL_DAY", "special working day 'Spring Festival make-up working day' (holidays:CN) 09:00-12:00 (Monday's weekly hours"},
                {"CN", "2026-02-14T12:30", false, "SPECIAL_DAY", "outside 09:00-12:00, 13:00-18:00"},
                {"CN", "2026-02-15T10:00", false, "HOLIDAY", "holiday 'Spring Festival' (holidays:CN) on 2026-02-15"},
                {"CN", "2026-02-17T10:00", false, "HOLIDAY", "closed: holiday 'Spring Festival' (holidays:CN) on 2026-02-17, local 10:00 Asia/Shanghai"},
                {"CN", "2026-02-23T10:00", false, "HOLIDAY", "'Spring Festival'"},
                {"CN", "2026-02-24T10:00", true, "WEEKLY", "weekly hours Tuesday"},
                {"CN", "2026-02-28T15:00", true, "SPECIAL_DAY", "13:00-18:00"},
                {"CN", "2026-03-01T10:00", false, "WEEKLY", "rest day (no weekly hours on Sunday"},
                {"CN", "2026-01-02T10:00", false, "HOLIDAY", "'New Year's Day'"},
                {"CN", "2026-01-04T09:00", true, "SPECIAL_DAY", "'New Year's Day make-up working day'"},
                {"CN", "2026-05-05T10:00", false, "HOLIDAY", "'Labour Day'"},
                {"CN", "2026-05-09T17:59", true, "SPECIAL_DAY", "'Labour Day make-up working day'"},
                {"CN", "2026-05-09T18:00", false, "SPECIAL_DAY", "outside"},
                {"CN", "2026-09-20T10:00", true, "SPECIAL_DAY", "'National Day make-up working day'"},
                {"CN", "2026-09-25T10:00", false, "HOLIDAY", "'Mid-Autumn Festival'"},
                {"CN", "2026-10-07T10:00", false, "HOLIDAY", "'National Day'"},
                {"CN", "2026-10-10T10:00", true, "SPECIAL_DAY", "'National Day make-up working day'"},
                // New York: the same local hours on both sides of the DST change of 2026-03-08
                {"US", "2026-03-06T12:30:00Z", false, "WEEKLY", "outside weekly hours (Friday 08:00-20:00; version from 2025-01-01) on 2026-03-06, local 07:30"},
                {"US", "2026-03-09T12:30:00Z", true, "WEEKLY", "local 08:30 America/New_York"},
                // the Saturday night shift 22:00-06:00 runs through the spring-forward gap and the fall-back repeat
                {"US", "2026-03-08T06:59:59Z", true, "WEEKLY", "weekly hours Saturday 22:00-06:00 (version from 2025-01-01) on 2026-03-07, local 2026-03-08 01:59:59"},
                {"US", "2026-03-08T07:00:00Z", true, "WEEKLY", "local 2026-03-08 03:00"},
                {"US", "2026-03-08T09:59:00Z", true, "WEEKLY", "local 2026-03-08 05:59"},
                {"US", "2026-03-08T10:00:00Z", false, "WEEKLY", "rest day (no weekly hours on Sunday"},
                {"US", "2026-11-01T10:59:00Z", true, "WEEKLY", "local 2026-11-01 05:59"},
                {"US", "2026-11-01T11:00:00Z", false, "WEEKLY", "local 06:00"},
                {"US", "2026-07-03T14:00:00Z", false, "HOLIDAY", "'Independence Day (observed)' (holidays:US-NY) on 2026-07-03, local 10:00"},
                // a local 01:30 lived twice on 2026-11-01 is open both times; 01:00 (EST) is before the window
                {"US-windows", "2026-11-01T05:30:00Z", true, "WEEKLY", "local 01:30 America/New_York"},
                {"US-windows", "2026-11-01T06:00:00Z", false, "WEEKLY", "local 01:00 America/New_York"},
                {"US-windows", "2026-11-01T06:30:00Z", true, "WEEKLY", "local 01:30 America/New_York"},
                {"US-windows", "2026-11-01T07:30:00Z", true, "WEEKLY", "local 02:30 America/New_York"},
                // on 2026-03-08 local 02:00-03:00 does not exist: 07:30Z is 03:30 EDT, not inside 02:15-02:45
                {"US-windows", "2026-03-08T06:30:00Z", true, "WEEKLY", "local 01:30"},
                {"US-windows", "2026-03-08T07:30:00Z", false, "WEEKLY", "local 03:30"},
                // England 2026: Early May bank holiday (BST), a manual partial Christmas Eve, Boxing Day observed on Monday
                {"UK", "2026-05-04T09:00:00Z", false, "HOLIDAY", "closed: holiday 'Early May Bank Holiday' (holidays:GB-ENG) on 2026-05-04, local 10:00 Europe/London"},
                {"UK", "2026-05-05T09:00:00Z", true, "WEEKLY", "local 10:00 Europe/London"},
                {"UK", "2026-12-24T10:00", true, "HOLIDAY", "open: partial holiday 'Christmas Eve' (manual) open 09:00-13:00"},
                {"UK", "2026-12-24T14:00", false, "HOLIDAY", "holiday 'Christmas Eve' (manual), open only 09:00-13:00"},
                {"UK", "2026-12-28T10:00", false, "HOLIDAY", "'Boxing Day (observed)'"},
                {"UK", "2026-12-26T10:00", false, "WEEKLY", "rest day"},
                // an interval crossing midnight belongs to the day it starts on, even when the next day is a holiday
                {"night", "2026-03-02T21:59", false, "WEEKLY", "outside weekly hours (Monday 22:00-06:00"},
                {"night", "2026-03-02T22:00", true, "WEEKLY", "on 2026-03-02, local 22:00"},
                {"night", "2026-03-03T03:00", true, "WEEKLY", "open: weekly hours Monday 22:00-06:00 (version from 2025-01-01) on 2026-03-02, local 2026-03-03 03:00 Europe/London"},
                {"night", "2026-03-03T06:00", false, "HOLIDAY", "'Founders' Day'"},
                {"night", "2026-03-03T10:00", false, "HOLIDAY", "'Founders' Day'"},
                {"night", "2026-03-10T03:00", true, "WEEKLY", "Monday 22:00-06:00"},
                {"night", "2026-03-10T10:00", true, "WEEKLY", "Tuesday 09:00-17:00"},
                // effective dating: hours change on 2026-04-01; March keeps March's hours
                {"dated", "2026-03-16T18:00", false, "WEEKLY", "version from 2026-01-01"},
                {"dated", "2026-03-31T08:30", false, "WEEKLY", "version from 2026-01-01"},
                {"dated", "2026-04-01T08:30", true, "WEEKLY", "version from 2026-04-01"},
                {"dated", "2026-04-06T18:00", true, "WEEKLY", "version from 2026-04-01"},
                {"dated", "2025-12-15T10:00", false, "NO_HOURS", "no weekly hours in force yet (first version from 2026-01-01)"},
        });
    }

    private final String calendar;
    private final String at;
    private final boolean open;
    private final String rule;
    private final String explanation;

    public CalendarEvaluationTest(String calendar, String at, boolean open, String rule, String explanation) {
        this.calendar = calendar;
        this.at = at;
        this.open = open;
        this.rule = rule;
        this.explanation = explanation;
    }

    @Test
    public void evaluates() {
        CompiledCalendar compiled = CALENDARS.get(calendar);
        Instant instant = at.endsWith("Z") ? Instant.parse(at) : LocalDateTime.parse(at).atZone(compiled.zone()).toInstant();
        Openness openness = compiled.evaluate(instant);
        String what = calendar + " at " + at + ": " + openness.explanation();
        assertEquals(what, open, openness.open());
        assertEquals(what, rule, openness.rule());
        assertTrue(what + "\n  expected to contain: " + explanation, openness.explanation().contains(explanation));
        assertEquals(compiled.zone(), openness.zone());
        assertEquals(LocalDateTime.ofInstant(instant, compiled.zone()), openness.localTime());
    }

    /** The same answers from the obvious java.time reading of the rules. */
    @Test
    public void agreesWithReference() {
        BusinessCalendar source = Map.of("CN", Calendars.china2026(), "US", Calendars.newYork(),
                "US-windows", Calendars.newYorkSundayWindows(), "UK", Calendars.london(), "night", Calendars.nightDesk(),
                "dated", Calendars.effectiveDated(true)).get(calendar);
        Instant instant = at.endsWith("Z") ? Instant.parse(at) : LocalDateTime.parse(at).atZone(source.zone()).toInstant();
        assertEquals(open, ReferenceCalendar.open(source, instant));
    }
}
