package io.bpohub.routing.hybrid.importer;

import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import org.junit.Test;

import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class PublicHolidaysTest {
    private final CalendarImporterService importer = new CalendarImporterService();

    /**
     * The State Council's 2026 schedule (国务院办公厅关于2026年部分节假日安排的通知, November 2025) as
     * recalled when writing this test: the library's data must agree. H = day off, W = make-up working day.
     */
    private static final String OFFICIAL_CN_2026 = ""
            + "01-01 H New Year's Day, 01-02 H New Year's Day, 01-03 H New Year's Day, 01-04 W New Year's Day, "
            + "02-14 W Spring Festival, 02-15 H Spring Festival, 02-16 H Spring Festival, 02-17 H Spring Festival, "
            + "02-18 H Spring Festival, 02-19 H Spring Festival, 02-20 H Spring Festival, 02-21 H Spring Festival, "
            + "02-22 H Spring Festival, 02-23 H Spring Festival, 02-28 W Spring Festival, "
            + "04-04 H Qingming Festival, 04-05 H Qingming Festival, 04-06 H Qingming Festival, "
            + "05-01 H Labour Day, 05-02 H Labour Day, 05-03 H Labour Day, 05-04 H Labour Day, 05-05 H Labour Day, 05-09 W Labour Day, "
            + "06-19 H Dragon Boat Festival, 06-20 H Dragon Boat Festival, 06-21 H Dragon Boat Festival, "
            + "09-20 W National Day, 09-25 H Mid-Autumn Festival, 09-26 H Mid-Autumn Festival, 09-27 H Mid-Autumn Festival, "
            + "10-01 H National Day, 10-02 H National Day, 10-03 H National Day, 10-04 H National Day, 10-05 H National Day, "
            + "10-06 H National Day, 10-07 H National Day, 10-10 W National Day";

    @Test
    public void china2026MatchesTheStateCouncilScheduleWithMakeUpWorkdays() {
        List<DayEntry> entries = importer.publicHolidays("CN", null, 2026);
        String fromLibrary = entries.stream().map(e -> String.format("%02d-%02d %s %s", e.date().getMonthValue(), e.date().getDayOfMonth(),
                        e.kind() == DayKind.HOLIDAY ? "H" : "W", e.name().replace(" make-up working day", "")))
                .collect(Collectors.joining(", "));
        assertEquals(OFFICIAL_CN_2026, fromLibrary);
        assertTrue(entries.stream().allMatch(e -> e.source().equals("holidays:CN") && e.openHours().isEmpty()));
        assertEquals("Spring Festival make-up working day", entries.stream()
                .filter(e -> e.date().equals(LocalDate.parse("2026-02-14"))).findFirst().orElseThrow().name());
    }

    @Test
    public void chinaYearNotYetPublishedIsRefused() {
        try {
            importer.publicHolidays("CN", null, 2031);
            fail("no data for 2031 must not look like a year without holidays");
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("no official CN holiday schedule for 2031"));
        }
    }

    @Test
    public void unitedStatesWithStateHolidaysAndObservedDays() {
        Map<LocalDate, String> ny = byDate(importer.publicHolidays("US", "US-NY", 2026));
        assertEquals("Independence Day (observed)", ny.get(LocalDate.parse("2026-07-03")));
        assertEquals("Thanksgiving Day", ny.get(LocalDate.parse("2026-11-26")));
        assertFalse("Lincoln's Birthday is an observance, not a day off", ny.containsKey(LocalDate.parse("2026-02-12")));
        assertTrue(importer.publicHolidays("US", "ny", 2026).stream().allMatch(e -> e.source().equals("holidays:US-NY")));
        assertTrue(importer.publicHolidays("US", null, 2026).stream().allMatch(e -> e.source().equals("holidays:US")));
    }

    @Test
    public void britainByNation() {
        Map<LocalDate, String> england = byDate(importer.publicHolidays("GB", "ENG", 2026));
        Map<LocalDate, String> scotland = byDate(importer.publicHolidays("gb", "GB-SCT", 2026));
        assertEquals("Early May Bank Holiday", england.get(LocalDate.parse("2026-05-04")));
        assertEquals("Summer Bank Holiday", england.get(LocalDate.parse("2026-08-31")));
        assertEquals("Summer Bank Holiday", scotland.get(LocalDate.parse("2026-08-03")));
        assertEquals("St. Andrew's Day", scotland.get(LocalDate.parse("2026-11-30")));
        assertFalse(england.containsKey(LocalDate.parse("2026-11-30")));
        assertEquals("Boxing Day (observed)", england.get(LocalDate.parse("2026-12-28")));
    }

    @Test
    public void unknownRegionAndCountryAreRefused() {
        for (String[] bad : new String[][]{{"GB", "XX"}, {"ZZ", null}, {"USA", null}, {"CN", "GD"}}) {
            try {
                importer.publicHolidays(bad[0], bad[1], 2026);
                fail(String.join("/", bad));
            } catch (IllegalArgumentException expected) {
                assertFalse(expected.getMessage().isEmpty());
            }
        }
    }

    /** In Karaf the caller's context class loader cannot see the embedded libraries; it must not matter. */
    @Test
    public void worksWhateverTheCallersContextClassLoader() throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader blind = new URLClassLoader(new URL[0], null)) {
            thread.setContextClassLoader(blind);
            assertFalse(importer.publicHolidays("DE", "BY", 2026).isEmpty());
            assertEquals(blind, thread.getContextClassLoader());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static Map<LocalDate, String> byDate(List<DayEntry> entries) {
        return entries.stream().collect(Collectors.toMap(DayEntry::date, DayEntry::name, (a, b) -> a, TreeMap::new));
    }
}
