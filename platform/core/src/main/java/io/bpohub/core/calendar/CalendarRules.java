package io.bpohub.core.calendar;

import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.platform.services.PlatformException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What calendar input must look like; failures name the field and say how to fix it. */
final class CalendarRules {
    private CalendarRules() {
    }

    static void checkWeekly(WeeklyHours hours, LocalDate today) {
        if (hours == null || hours.effectiveFrom() == null) {
            throw PlatformException.invalid("effectiveFrom", "give the date from which these hours apply (YYYY-MM-DD)");
        }
        if (hours.effectiveFrom().isBefore(today)) {
            throw PlatformException.invalid("effectiveFrom", "hours cannot start before today (" + today
                    + ") in the calendar's time zone: past answers keep the hours that were in force");
        }
        hours.days().forEach((day, intervals) -> checkIntervals(intervals, "days." + day));
    }

    static void checkDay(DayEntry day, int index) {
        String field = "days[" + index + "]";
        if (day == null || day.date() == null) throw PlatformException.invalid(field + ".date", "every entry needs a date (YYYY-MM-DD)");
        if (day.kind() == null) throw PlatformException.invalid(field + ".kind", "kind must be HOLIDAY or SPECIAL_WORKING_DAY");
        if (day.name() == null || day.name().isBlank() || day.name().length() > 200) {
            throw PlatformException.invalid(field + ".name", "name the day (1 to 200 characters), e.g. Spring Festival");
        }
        checkIntervals(day.openHours(), field + ".openHours");
    }

    /** Intervals of one day may not overlap (a midnight-crossing one runs to the end of the day). */
    private static void checkIntervals(List<OpenInterval> intervals, String field) {
        List<OpenInterval> sorted = new ArrayList<>(intervals);
        if (sorted.stream().anyMatch(i -> i == null || i.start() == null || i.end() == null)) {
            throw PlatformException.invalid(field, "each interval needs start and end (HH:mm)");
        }
        sorted.sort(Comparator.comparing(OpenInterval::start));
        for (int i = 1; i < sorted.size(); i++) {
            OpenInterval previous = sorted.get(i - 1);
            LocalTime previousEnd = previous.crossesMidnight() ? LocalTime.MAX : previous.end();
            if (sorted.get(i).start().isBefore(previousEnd)) {
                throw PlatformException.invalid(field, "intervals " + previous.start() + "-" + previous.end() + " and "
                        + sorted.get(i).start() + "-" + sorted.get(i).end() + " overlap");
            }
        }
    }
}
