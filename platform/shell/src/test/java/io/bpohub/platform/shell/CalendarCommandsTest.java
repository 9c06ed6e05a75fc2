package io.bpohub.platform.shell;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.support.CommandException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class CalendarCommandsTest {
    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final Fakes.Shell shell = new Fakes.Shell("ops");
    private final Fakes.Calendars calendars = new Fakes.Calendars();
    private final Fakes.Importer importer = new Fakes.Importer();

    static final WeeklyHours WINTER = new WeeklyHours(LocalDate.of(2026, 1, 1), Map.of(
            DayOfWeek.MONDAY, List.of(OpenInterval.of("09:00", "12:00"), OpenInterval.of("13:00", "18:00")),
            DayOfWeek.FRIDAY, List.of(OpenInterval.of("09:00", "18:00")),
            DayOfWeek.SATURDAY, List.of(OpenInterval.of("22:00", "06:00"))));
    static final WeeklyHours SPRING = new WeeklyHours(LocalDate.of(2026, 3, 2), Map.of(
            DayOfWeek.MONDAY, List.of(OpenInterval.of("08:00", "17:00"))));
    static final DayEntry SPRING_FESTIVAL = new DayEntry(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY, "Spring Festival",
            List.of(), "holidays:CN");
    static final DayEntry MAKE_UP = new DayEntry(LocalDate.of(2026, 2, 14), DayKind.SPECIAL_WORKING_DAY, "Make-up workday",
            List.of(OpenInterval.of("09:00", "18:00")), "manual");

    private <C extends CalendarCommand> C wire(C cmd) {
        cmd.calendarService = calendars;
        cmd.owner = "acme";
        if (cmd instanceof CalendarImportCommand) {
            ((CalendarImportCommand) cmd).calendarImporter = importer;
        }
        return cmd;
    }

    private static String refusal(Fakes.Shell shell, BpoCommand cmd) {
        return assertThrows(CommandException.class, () -> shell.run(cmd)).getMessage();
    }

    // --- calendar-show

    @Test
    public void showPrintsZoneEmergencyWeeklyVersionsWithTheirDatesAndTheDatedEntries() throws Exception {
        calendars.calendar = new BusinessCalendar("acme", Fakes.MANILA, List.of(SPRING, WINTER), List.of(SPRING_FESTIVAL, MAKE_UP),
                new Emergency(EmergencyMode.CLOSED_NOW, "ops.ana", "typhoon signal 3", Fakes.T0));

        String out = shell.run(wire(new CalendarShowCommand()));

        assertEquals(List.of("calendar ops acme"), calendars.calls);
        assertEquals(String.join("\n",
                "Owner:     acme",
                "Time zone: Asia/Manila",
                "Emergency: CLOSED_NOW since 2024-05-01T08:30:15Z, set by ops.ana: typhoon signal 3",
                "",
                "Weekly hours from 2026-01-01 until 2026-03-01:",
                "Mon: 09:00-12:00, 13:00-18:00",
                "Tue: closed",
                "Wed: closed",
                "Thu: closed",
                "Fri: 09:00-18:00",
                "Sat: 22:00-06:00(+1)",
                "Sun: closed",
                "",
                "Weekly hours from 2026-03-02 on:",
                "Mon: 08:00-17:00",
                "Tue: closed",
                "Wed: closed",
                "Thu: closed",
                "Fri: closed",
                "Sat: closed",
                "Sun: closed",
                "",
                "Holidays and special working days:",
                "Date       | Day | Kind                | Name            | Hours       | Source",
                "-----------+-----+---------------------+-----------------+-------------+------------",
                "2026-02-14 | Sat | SPECIAL_WORKING_DAY | Make-up workday | 09:00-18:00 | manual",
                "2026-02-17 | Tue | HOLIDAY             | Spring Festival | closed      | holidays:CN",
                ""), out);
    }

    @Test
    public void anEmptyCalendarSaysHowToFillItAndLeavesTheEmergencyOut() throws Exception {
        String out = shell.run(wire(new CalendarShowCommand()));

        assertTrue(out, out.startsWith("Owner:     acme\nTime zone: Asia/Manila\n\n"));
        assertTrue(out, !out.contains("Emergency"));
        assertTrue(out, out.contains("No weekly hours: closed except on special working days; set them with bpo:calendar-hours."));
        assertTrue(out, out.endsWith("None; add one with bpo:calendar-day, or import them with bpo:calendar-holidays or "
                + "bpo:calendar-import-ics.\n"));
    }

    // --- calendar-hours

    private CalendarHoursCommand hours(String from) {
        CalendarHoursCommand cmd = wire(new CalendarHoursCommand());
        cmd.from = from;
        return cmd;
    }

    @Test
    public void hoursSetsTheGivenDaysAndLeavesTheOthersClosed() throws Exception {
        CalendarHoursCommand cmd = hours("2026-03-02");
        cmd.mon = "09:00-12:00,13:00-18:00";
        cmd.fri = "09:00-18:00";
        cmd.sat = "22:00-06:00";

        String out = shell.run(cmd);

        assertEquals(List.of("setWeeklyHours ops acme 2026-03-02"), calendars.calls);
        WeeklyHours saved = calendars.calendar.weekly().get(0);
        assertEquals(new WeeklyHours(LocalDate.of(2026, 3, 2), WINTER.days()), saved);
        assertEquals(List.of(), saved.on(DayOfWeek.SUNDAY));
        assertTrue(out, out.startsWith("Weekly hours of acme from 2026-03-02 saved (times in Asia/Manila).\n"
                + "Weekly hours from 2026-03-02 on:\nMon: 09:00-12:00, 13:00-18:00\nTue: closed\n"));
        assertTrue(out, out.contains("Sat: 22:00-06:00(+1)\n"));
    }

    @Test
    public void hoursEachWeekdayOptionReachesItsDay() throws Exception {
        CalendarHoursCommand cmd = hours("2026-03-02");
        cmd.mon = "01:00-02:00";
        cmd.tue = "02:00-03:00";
        cmd.wed = "03:00-04:00";
        cmd.thu = "04:00-05:00";
        cmd.fri = "05:00-06:00";
        cmd.sat = "06:00-07:00";
        cmd.sun = "07:00-08:00";
        WeeklyHours hours = cmd.hours();
        for (DayOfWeek day : DayOfWeek.values()) {
            int h = day.getValue();
            assertEquals(day.toString(), List.of(new OpenInterval(LocalTime.of(h, 0), LocalTime.of(h + 1, 0))),
                    hours.on(day));
        }
    }

    @Test
    public void hoursRefusesBadInputNamingTheOptionBeforeTheServiceIsAsked() {
        CalendarHoursCommand cmd = hours("2026-03-02");
        cmd.mon = "09:00-18:00";
        cmd.wed = "9 to 5";
        assertEquals("Error: Invalid input: --wed: '9 to 5' is not an interval; write start-end in 24-hour time, "
                + "e.g. 09:00-18:00 or 22:00-06:00 (past midnight), and separate intervals with commas (field: wed)",
                refusal(shell, cmd));

        CalendarHoursCommand badDate = hours("March 2");
        badDate.mon = "09:00-18:00";
        assertEquals("Error: Invalid input: --from must be a date like 2026-02-17 (YYYY-MM-DD), not 'March 2' (field: from)",
                refusal(shell, badDate));

        assertEquals("Error: Invalid input: give the open hours of at least one day (--mon .. --sun, e.g. --mon 09:00-18:00); "
                + "days left out are closed", refusal(shell, hours("2026-03-02")));
        assertTrue(calendars.calls.isEmpty());
    }

    @Test
    public void hoursRefusedByTheServiceIsOneLine() {
        calendars.fail = PlatformException.invalid("effectiveFrom", "hours cannot start before today (2026-02-17)");
        CalendarHoursCommand cmd = hours("2026-01-01");
        cmd.mon = "09:00-18:00";
        assertEquals("Error: Invalid input: hours cannot start before today (2026-02-17) (field: effectiveFrom)",
                refusal(shell, cmd));
    }

    // --- calendar-day, calendar-day-remove

    private CalendarDayCommand day(String date, String kind, String name, String hours) {
        CalendarDayCommand cmd = wire(new CalendarDayCommand());
        cmd.date = date;
        cmd.kind = kind;
        cmd.name = name;
        cmd.hours = hours;
        return cmd;
    }

    @Test
    public void dayStoresAManualHolidayClosedAllDay() throws Exception {
        String out = shell.run(day("2026-02-17", "holiday", "Spring Festival", null));

        assertEquals(List.of("putDays ops acme 1 HOLIDAY 2026-02-17 Spring Festival"), calendars.calls);
        assertEquals(List.of(new DayEntry(LocalDate.of(2026, 2, 17), DayKind.HOLIDAY, "Spring Festival", List.of(), "manual")),
                calendars.calendar.days());
        assertEquals("acme: 2026-02-17 (Tue) is now HOLIDAY \"Spring Festival\", closed all day.\n", out);
    }

    @Test
    public void dayStoresASpecialWorkingDayWithItsHours() throws Exception {
        String out = shell.run(day("2026-02-14", "special-working-day", "Make-up workday", "09:00-12:00,13:00-18:00"));

        assertEquals(new DayEntry(LocalDate.of(2026, 2, 14), DayKind.SPECIAL_WORKING_DAY, "Make-up workday",
                List.of(OpenInterval.of("09:00", "12:00"), OpenInterval.of("13:00", "18:00")), "manual"),
                calendars.calendar.days().get(0));
        assertEquals("acme: 2026-02-14 (Sat) is now SPECIAL_WORKING_DAY \"Make-up workday\", open 09:00-12:00, 13:00-18:00.\n",
                out);
    }

    @Test
    public void dayRefusesWhatCannotBeRightBeforeTheServiceIsAsked() {
        assertEquals("Error: Invalid input: 'BRIDGE' is not a valid kind; use one of HOLIDAY, SPECIAL_WORKING_DAY (field: kind)",
                refusal(shell, day("2026-02-14", "BRIDGE", "Bridge day", null)));
        assertEquals("Error: Invalid input: date must be a date like 2026-02-17 (YYYY-MM-DD), not '14.02.2026' (field: date)",
                refusal(shell, day("14.02.2026", "HOLIDAY", "x", null)));
        assertTrue(refusal(shell, day("2026-02-14", "HOLIDAY", "Half day", "9-12")).endsWith("(field: hours)"));
        assertTrue(calendars.calls.isEmpty());
    }

    @Test
    public void dayRemoveRemovesTheEntryOrSaysThereIsNone() throws Exception {
        calendars.calendar = new BusinessCalendar("acme", Fakes.MANILA, List.of(), List.of(SPRING_FESTIVAL), null);
        CalendarDayRemoveCommand cmd = wire(new CalendarDayRemoveCommand());
        cmd.date = "2026-02-17";

        assertEquals("acme: the entry of 2026-02-17 is removed; the weekly hours apply that day again.\n", shell.run(cmd));
        assertEquals(List.of("removeDay ops acme 2026-02-17"), calendars.calls);
        assertTrue(calendars.calendar.days().isEmpty());

        assertEquals("Error: Not found: no entry on 2026-02-17", refusal(shell, cmd));
        cmd.date = "tomorrow";
        assertTrue(refusal(shell, cmd).endsWith("(field: date)"));
    }

    // --- calendar-import-ics, calendar-holidays

    private CalendarImportIcsCommand ics(String file) {
        CalendarImportIcsCommand cmd = wire(new CalendarImportIcsCommand());
        cmd.file = file;
        return cmd;
    }

    @Test
    public void importIcsReadsTheFileStoresItsEntriesAndSaysHowMany() throws Exception {
        Path file = folder.newFile("acme-2026.ics").toPath();
        Files.writeString(file, "BEGIN:VCALENDAR", StandardCharsets.UTF_8);
        DayEntry festival = new DayEntry(SPRING_FESTIVAL.date(), DayKind.HOLIDAY, "Spring Festival", List.of(), "ics:acme-2026.ics");
        DayEntry lantern = new DayEntry(LocalDate.of(2026, 3, 3), DayKind.HOLIDAY, "Lantern Festival", List.of(), "ics:acme-2026.ics");
        importer.ics = List.of(lantern, festival);

        String out = shell.run(ics(file.toString()));

        assertEquals(List.of("calendar ops acme", "putDays ops acme 2 import acme-2026.ics"), calendars.calls);
        assertEquals(List.of("importIcs acme-2026.ics BEGIN:VCALENDAR"), importer.calls);
        assertEquals(List.of(festival, lantern), calendars.calendar.days());
        String[] lines = out.split("\n");
        assertEquals("Imported 2 entries from acme-2026.ics into the calendar of acme (replacing any on the same dates):",
                lines[0]);
        assertEquals(5, lines.length);
        assertTrue(lines[3], lines[3].startsWith("2026-02-17 | Tue | HOLIDAY | Spring Festival "));
        assertTrue(lines[4], lines[4].startsWith("2026-03-03 | Tue | HOLIDAY | Lantern Festival"));
    }

    @Test
    public void importIcsResolvesARelativePathAgainstTheShellsCurrentDirectory() throws Exception {
        Files.writeString(folder.getRoot().toPath().resolve("one.ics"), "X", StandardCharsets.UTF_8);
        shell.session.currentDir(folder.getRoot().toPath());
        importer.ics = List.of(SPRING_FESTIVAL);

        String out = shell.run(ics("one.ics"));

        assertEquals(List.of("importIcs one.ics X"), importer.calls);
        assertTrue(out, out.startsWith("Imported 1 entry from one.ics into the calendar of acme"));
    }

    @Test
    public void importIcsRefusesAMissingEmptyOrMalformedFile() throws Exception {
        Path missing = folder.getRoot().toPath().resolve("nope.ics");
        assertEquals("Error: Invalid input: there is no file " + missing + " on the Karaf server (field: file)",
                refusal(shell, ics(missing.toString())));
        assertTrue(importer.calls.isEmpty());

        Path file = folder.newFile("bad.ics").toPath();
        assertEquals("Error: Invalid input: bad.ics holds no all-day events to import (field: file)",
                refusal(shell, ics(file.toString())));
        importer.malformed = new IOException("line 3: VEVENT without DTSTART");
        assertEquals("Error: Invalid input: bad.ics is not a valid iCalendar file: line 3: VEVENT without DTSTART (field: file)",
                refusal(shell, ics(file.toString())));
        assertTrue("nothing stored", calendars.calls.stream().noneMatch(c -> c.startsWith("putDays")));
    }

    @Test
    public void importChecksTheOperatorFirstThenSaysToInstallTheRoutingFeatureWhenTheImporterIsMissing() throws Exception {
        Path file = folder.newFile("acme.ics").toPath();
        CalendarImportIcsCommand cmd = ics(file.toString());
        cmd.calendarImporter = null;
        assertEquals("Error: Temporarily unavailable: the calendar import bundle is not deployed; install the bpohub-routing "
                + "feature (feature:install bpohub-routing) and retry", refusal(shell, cmd));
        assertEquals(List.of("calendar ops acme"), calendars.calls);

        calendars.calls.clear();
        calendars.fail = PlatformException.forbidden("acme.admin may not change the agency calendar");
        cmd.calendarImporter = importer;
        assertEquals("Error: Forbidden: acme.admin may not change the agency calendar", refusal(shell, cmd));
        assertTrue("the file is not read for an operator who may not", importer.calls.isEmpty());
    }

    private CalendarHolidaysCommand holidays(String country, int year, String region) {
        CalendarHolidaysCommand cmd = wire(new CalendarHolidaysCommand());
        cmd.country = country;
        cmd.year = year;
        cmd.region = region;
        return cmd;
    }

    @Test
    public void holidaysImportsTheLibrarysDaysForCountryRegionAndYear() throws Exception {
        DayEntry independence = new DayEntry(LocalDate.of(2026, 7, 4), DayKind.HOLIDAY, "Independence Day", List.of(), "holidays:US-ca");
        importer.holidays = List.of(independence);

        String out = shell.run(holidays("us", 2026, "ca"));

        assertEquals(List.of("publicHolidays US ca 2026"), importer.calls);
        assertEquals(List.of("calendar ops acme", "putDays ops acme 1 holidays US-ca 2026"), calendars.calls);
        assertTrue(out, out.startsWith("Imported 1 entry from the public holidays of US-ca in 2026 into the calendar of acme "
                + "(replacing any on the same dates):\n"));
        assertTrue(out, out.contains("2026-07-04 | Sat | HOLIDAY | Independence Day | closed | holidays:US-ca"));

        importer.calls.clear();
        shell.run(holidays("CN", 2026, null));
        assertEquals(List.of("publicHolidays CN null 2026"), importer.calls);
    }

    @Test
    public void holidaysRefusesABadCountryOrYearBeforeAnythingIsAsked() {
        assertEquals("Error: Invalid input: country is an ISO 3166 code such as CN, US or GB, not 'USA' (field: country)",
                refusal(shell, holidays("USA", 2026, null)));
        assertEquals("Error: Invalid input: year must be between 2000 and 2100 (field: year)",
                refusal(shell, holidays("US", 26, null)));
        assertTrue(calendars.calls.isEmpty());
        assertTrue(importer.calls.isEmpty());
    }

    @Test
    public void holidaysTheLibraryDoesNotKnowAreReported() {
        assertEquals("Error: Invalid input: the holiday library knows no public holidays of XX in 2026 (field: country)",
                refusal(shell, holidays("xx", 2026, " ")));
        assertEquals(List.of("publicHolidays XX null 2026"), importer.calls);
        assertTrue("nothing stored", calendars.calls.stream().noneMatch(c -> c.startsWith("putDays")));
    }

    // --- calendar-emergency, calendar-emergency-clear

    @Test
    public void emergencyIsSetWithItsReasonAndShownWithWhoAndSince() throws Exception {
        CalendarEmergencyCommand cmd = wire(new CalendarEmergencyCommand());
        cmd.mode = "closed-now";
        cmd.reason = "typhoon signal 3";

        assertEquals("acme is closed whatever its calendar says, until bpo:calendar-emergency-clear acme.\n"
                + "Emergency: CLOSED_NOW since 2024-05-01T08:30:15Z, set by ops: typhoon signal 3\n", shell.run(cmd));
        assertEquals(List.of("setEmergency ops acme CLOSED_NOW typhoon signal 3"), calendars.calls);

        cmd.mode = "OPEN_NOW";
        assertTrue(shell.run(cmd).startsWith("acme is open whatever its calendar says"));
    }

    @Test
    public void emergencyRefusesAnUnknownMode() {
        CalendarEmergencyCommand cmd = wire(new CalendarEmergencyCommand());
        cmd.mode = "closed";
        cmd.reason = "x";
        assertEquals("Error: Invalid input: 'closed' is not a valid mode; use one of CLOSED_NOW, OPEN_NOW (field: mode)",
                refusal(shell, cmd));
        assertTrue(calendars.calls.isEmpty());
    }

    @Test
    public void emergencyClearLiftsIt() throws Exception {
        calendars.calendar = new BusinessCalendar("acme", Fakes.MANILA, List.of(), List.of(),
                new Emergency(EmergencyMode.CLOSED_NOW, "ops.ana", "typhoon", Fakes.T0));
        assertEquals("acme: emergency cleared; weekly hours, holidays and special days apply again.\n",
                shell.run(wire(new CalendarEmergencyClearCommand())));
        assertEquals(List.of("clearEmergency ops acme"), calendars.calls);
        assertNull(calendars.calendar.emergency());
    }
}
