package io.bpohub.routing.hybrid.importer;

import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import org.junit.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

public class IcsImportTest {
    private final CalendarImporterService importer = new CalendarImporterService();

    private static String ics(String... events) {
        StringBuilder out = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//BPO Hub//test//EN\r\n");
        for (String event : events) out.append("BEGIN:VEVENT\r\n").append(event.replace("\n", "\r\n")).append("\r\nEND:VEVENT\r\n");
        return out.append("END:VCALENDAR\r\n").toString();
    }

    private List<DayEntry> read(String text, String fileName) throws IOException {
        return importer.importIcs(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fileName);
    }

    @Test
    public void allDayEventIsAClosedHolidayWithItsSource() throws IOException {
        List<DayEntry> entries = read(ics("UID:1\nDTSTAMP:20260101T000000Z\nSUMMARY:Early May bank holiday\nDTSTART;VALUE=DATE:20260504\nDTEND;VALUE=DATE:20260505"),
                "uk-2026.ics");
        assertEquals(List.of(new DayEntry(LocalDate.parse("2026-05-04"), DayKind.HOLIDAY, "Early May bank holiday", List.of(), "ics:uk-2026.ics")),
                entries);
    }

    @Test
    public void multiDayEventsExpandToOneEntryPerDate() throws IOException {
        List<DayEntry> entries = read(ics(
                "UID:a\nDTSTAMP:20260101T000000Z\nSUMMARY:Spring Festival\nDTSTART;VALUE=DATE:20260215\nDTEND;VALUE=DATE:20260224",
                "UID:b\nDTSTAMP:20260101T000000Z\nSUMMARY:Labour Day\nDTSTART;VALUE=DATE:20260501\nDURATION:P5D",
                "UID:c\nDTSTAMP:20260101T000000Z\nSUMMARY:Company day\nDTSTART;VALUE=DATE:20260612"), "cn.ics");
        assertEquals(9 + 5 + 1, entries.size());
        assertEquals(LocalDate.parse("2026-02-15"), entries.get(0).date());
        assertEquals(LocalDate.parse("2026-02-23"), entries.get(8).date());
        assertEquals(LocalDate.parse("2026-05-05"), entries.get(13).date());
        assertEquals(LocalDate.parse("2026-06-12"), entries.get(14).date());
        assertTrue(entries.stream().allMatch(e -> e.kind() == DayKind.HOLIDAY && e.openHours().isEmpty() && e.source().equals("ics:cn.ics")));
    }

    @Test
    public void timedEventFromMidnightToMidnightIsWholeDays() throws IOException {
        List<DayEntry> entries = read(ics(
                "UID:t\nDTSTAMP:20260101T000000Z\nSUMMARY:Stocktaking\nDTSTART;TZID=Europe/London:20261230T000000\nDTEND;TZID=Europe/London:20270101T000000"),
                "stock.ics");
        assertEquals(List.of(LocalDate.parse("2026-12-30"), LocalDate.parse("2026-12-31")), entries.stream().map(DayEntry::date).toList());
    }

    @Test
    public void partialDayAndRecurringEventsRefuseTheFileNamingEachEvent() {
        String file = ics(
                "UID:ok\nDTSTAMP:20260101T000000Z\nSUMMARY:Christmas Day\nDTSTART;VALUE=DATE:20261225",
                "UID:half\nDTSTAMP:20260101T000000Z\nSUMMARY:Christmas Eve afternoon\nDTSTART;TZID=Europe/London:20261224T130000\nDTEND;TZID=Europe/London:20261224T180000",
                "UID:yearly\nDTSTAMP:20260101T000000Z\nSUMMARY:New Year\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY");
        try {
            read(file, "office.ics");
            fail("a partial-day closure cannot be imported without the tenant's hours");
        } catch (IOException e) {
            String message = e.getMessage();
            assertTrue(message, message.startsWith("office.ics: 2 event(s) cannot be imported"));
            assertTrue(message, message.contains("VEVENT #2 'Christmas Eve afternoon' (UID half): a timed event (2026-12-24T13:00 to 2026-12-24T18:00)"));
            assertTrue(message, message.contains("VEVENT #3 'New Year' (UID yearly): recurring events are not imported"));
        }
    }

    @Test
    public void cancelledEventsAreSkipped() throws IOException {
        assertTrue(read(ics("UID:x\nDTSTAMP:20260101T000000Z\nSUMMARY:Cancelled party\nSTATUS:CANCELLED\nDTSTART;VALUE=DATE:20260301"), "x.ics").isEmpty());
    }

    @Test
    public void malformedFileNamesTheLine() {
        String badDate = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nSUMMARY:Spring Festival\r\n"
                + "DTSTART;VALUE=DATE:20261345\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        assertRefused(badDate, "broken.ics: line 6: Text '20261345' could not be parsed");
        String badNesting = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VEVENT\r\nSUMMARY:Spring Festival\r\n"
                + "DTSTART;VALUE=DATE:20261001\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
        assertRefused(badNesting, "broken.ics: line 7: Expected [VEVENT], read [VTODO]");
    }

    private void assertRefused(String text, String messageStart) {
        try {
            read(text, "broken.ics");
            fail("malformed");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith(messageStart));
        }
    }

    @Test
    public void truncatedFileIsRefused() {
        try {
            read("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\n", "cut.ics");
            fail("truncated");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().startsWith("cut.ics: "));
        }
    }

    @Test
    public void eventWithoutStartIsNamed() {
        try {
            read(ics("UID:n\nDTSTAMP:20260101T000000Z\nSUMMARY:Mystery day"), "n.ics");
            fail("no DTSTART");
        } catch (IOException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("VEVENT #1 'Mystery day' (UID n): no DTSTART"));
        }
    }
}
