package io.bpohub.api.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads dated entries from a file format (iCalendar .ics); errors name the line or component at fault. */
public interface CalendarFileImporter {
    List<DayEntry> importIcs(InputStream ics, String fileName) throws IOException;
}
