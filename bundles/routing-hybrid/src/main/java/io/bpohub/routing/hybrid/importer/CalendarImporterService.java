package io.bpohub.routing.hybrid.importer;

import io.bpohub.api.calendar.CalendarImporter;
import io.bpohub.api.calendar.DayEntry;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * iCalendar files through ical4j; public holidays through tyme4j for mainland China (jollyday has no
 * CN calendar and no library here knows make-up working days but tyme4j) and jollyday for every other
 * country.
 */
@Component(service = CalendarImporter.class)
public final class CalendarImporterService implements CalendarImporter {
    @Override
    public List<DayEntry> importIcs(InputStream ics, String fileName) throws IOException {
        if (ics == null) throw new IllegalArgumentException("no .ics content");
        return IcsImport.read(ics, fileName == null ? "unnamed.ics" : fileName);
    }

    @Override
    public List<DayEntry> publicHolidays(String country, String region, int year) {
        if (country == null || !country.trim().matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("a country is an ISO 3166 two-letter code, not '" + country + "'");
        }
        String code = country.trim().toUpperCase(Locale.ROOT);
        return "CN".equals(code) ? ChinaLegalHolidays.of(region, year) : JollydayHolidays.of(code, region, year);
    }
}
