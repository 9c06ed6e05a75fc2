package io.bpohub.routing.hybrid.importer;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;

import java.time.LocalDate;
import java.time.Year;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Public and bank holidays of a country and optional region from jollyday (days off only: its
 * "observance" days such as Lincoln's Birthday are not days off and are left out). A holiday moved
 * off a weekend is entered on the day off, named "(observed)".
 */
final class JollydayHolidays {
    private JollydayHolidays() {
    }

    static List<DayEntry> of(String country, String region, int year) {
        try (BundleClassLoader ignored = BundleClassLoader.enter()) {
            HolidayManager manager;
            try {
                manager = HolidayManager.getInstance(ManagerParameters.create(country.toLowerCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("no public-holiday data for country '" + country + "' in jollyday: " + e.getMessage(), e);
            }
            String regionCode = regionCode(country, region, manager.getCalendarHierarchy());
            String source = "holidays:" + country.toUpperCase(Locale.ROOT) + (regionCode == null ? "" : "-" + regionCode.toUpperCase(Locale.ROOT));
            List<Holiday> holidays = (regionCode == null ? manager.getHolidays(Year.of(year)) : manager.getHolidays(Year.of(year), regionCode))
                    .stream()
                    .filter(holiday -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY || holiday.getType() == HolidayType.BANK_HOLIDAY)
                    .sorted(Comparator.comparing(Holiday::getDate).thenComparing(h -> h.getDescription(Locale.ENGLISH)))
                    .toList();
            Map<LocalDate, DayEntry> byDate = new LinkedHashMap<>();
            for (Holiday holiday : holidays) {
                String name = holiday.getDescription(Locale.ENGLISH);
                if (!holiday.getDate().equals(holiday.getActualDate())) name += " (observed)";
                byDate.putIfAbsent(holiday.getDate(), new DayEntry(holiday.getDate(), DayKind.HOLIDAY, name, List.of(), source));
            }
            return List.copyOf(byDate.values());
        }
    }

    /** Accepts jollyday's codes ("ny", "eng") and ISO 3166-2 forms ("US-NY", "GB-ENG"); null when no region. */
    private static String regionCode(String country, String region, CalendarHierarchy hierarchy) {
        if (region == null || region.isBlank()) return null;
        String code = region.trim().toLowerCase(Locale.ROOT);
        String prefix = country.toLowerCase(Locale.ROOT) + "-";
        if (code.startsWith(prefix)) code = code.substring(prefix.length());
        if (!hierarchy.getChildren().containsKey(code)) {
            throw new IllegalArgumentException("no region '" + region + "' for country '" + country + "' in jollyday; known: "
                    + String.join(", ", new TreeSet<>(hierarchy.getChildren().keySet())));
        }
        return code;
    }
}
