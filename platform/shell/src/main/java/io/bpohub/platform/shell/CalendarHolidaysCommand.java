package io.bpohub.platform.shell;

import io.bpohub.api.calendar.CalendarImporter;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.platform.services.PlatformException;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "calendar-holidays", description = "Imports a country's public holidays of one year",
        detailedDescription = "Also imports official make-up working days where the holiday library knows them. Entries "
                + "keep their source (holidays:<country>[-<region>]). Needs the bpohub-routing feature. "
                + "Example: bpo:calendar-holidays --region ca acme US 2026")
@Service
public class CalendarHolidaysCommand extends CalendarImportCommand {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    @Argument(index = 1, name = "country", description = "ISO 3166 country code, e.g. CN, US or GB", required = true)
    String country;

    @Argument(index = 2, name = "year", description = "The year, e.g. 2026", required = true)
    int year;

    @Option(name = "--region", description = "A region or state of the country, as the holiday library names it, e.g. ca")
    String region;

    @Override
    protected void checkArguments() {
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            throw PlatformException.invalid("country",
                    "country is an ISO 3166 code such as CN, US or GB" + (country == null ? "" : ", not '" + country + "'"));
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw PlatformException.invalid("year", "year must be between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
    }

    @Override
    protected List<DayEntry> read(CalendarImporter importer) {
        List<DayEntry> days;
        try {
            days = importer.publicHolidays(country.toUpperCase(Locale.ROOT), region(), year);
        } catch (IllegalArgumentException e) {
            // the library knows no such country, region or year
            throw PlatformException.invalid(region() == null ? "country" : "region", e.getMessage());
        }
        if (days.isEmpty()) {
            throw PlatformException.invalid("country", "the holiday library knows no public holidays of " + where()
                    + " in " + year);
        }
        return days;
    }

    /** The region, or null for the whole country. */
    private String region() {
        return region == null || region.isBlank() ? null : region.trim();
    }

    /** {@code CN}, or {@code US-ca} with a region. */
    private String where() {
        return country.toUpperCase(Locale.ROOT) + (region() == null ? "" : "-" + region());
    }

    @Override
    protected String note() {
        return "holidays " + where() + " " + year;
    }

    @Override
    protected String source() {
        return "the public holidays of " + where() + " in " + year;
    }
}
