package io.bpohub.api.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Turns outside sources into dated calendar entries that the platform stores with their source and
 * that remain editable: iCalendar files and a maintained public-holiday library.
 */
public interface CalendarImporter {
    /** Entries of an iCalendar (.ics) file; a malformed file fails with the line or component at fault. */
    List<DayEntry> importIcs(InputStream ics, String fileName) throws IOException;

    /**
     * Public holidays (and official make-up working days where the library knows them) of a country
     * (ISO 3166 code, e.g. {@code CN}, {@code US}, {@code GB}) and optional region for one year.
     */
    List<DayEntry> publicHolidays(String country, String region, int year);
}
