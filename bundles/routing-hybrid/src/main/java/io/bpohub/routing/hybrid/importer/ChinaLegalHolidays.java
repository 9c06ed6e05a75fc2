package io.bpohub.routing.hybrid.importer;

import com.tyme.holiday.LegalHoliday;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Mainland China's statutory holidays and make-up working days (调休上班) from tyme4j, which carries
 * the State Council's yearly schedule as data. The schedule is published each autumn for the next
 * year, so a year the library does not know yet is refused rather than answered with no holidays.
 */
final class ChinaLegalHolidays {
    static final String SOURCE = "holidays:CN";

    private static final Map<String, String> ENGLISH = Map.of(
            "元旦", "New Year's Day",
            "春节", "Spring Festival",
            "清明节", "Qingming Festival",
            "劳动节", "Labour Day",
            "端午节", "Dragon Boat Festival",
            "中秋节", "Mid-Autumn Festival",
            "国庆节", "National Day",
            "国庆中秋", "National Day and Mid-Autumn Festival",
            "抗战胜利日", "Victory Day");

    private ChinaLegalHolidays() {
    }

    static List<DayEntry> of(String region, int year) {
        if (region != null && !region.isBlank()) {
            throw new IllegalArgumentException("CN holidays are national; no region '" + region
                    + "' (Hong Kong and Macau are countries HK and MO here)");
        }
        List<DayEntry> entries = new ArrayList<>();
        for (LocalDate date = LocalDate.of(year, 1, 1); date.getYear() == year; date = date.plusDays(1)) {
            LegalHoliday holiday = LegalHoliday.fromYmd(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
            if (holiday == null) continue;
            String name = ENGLISH.getOrDefault(holiday.getName(), holiday.getName());
            entries.add(holiday.isWork()
                    ? new DayEntry(date, DayKind.SPECIAL_WORKING_DAY, name + " make-up working day", List.of(), SOURCE)
                    : new DayEntry(date, DayKind.HOLIDAY, name, List.of(), SOURCE));
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no official CN holiday schedule for " + year + " in tyme4j "
                    + version() + " (the State Council publishes it each autumn); enter it by hand or update the library");
        }
        return entries;
    }

    private static String version() {
        String version = LegalHoliday.class.getPackage().getImplementationVersion();
        return version == null ? "(embedded)" : version;
    }
}
