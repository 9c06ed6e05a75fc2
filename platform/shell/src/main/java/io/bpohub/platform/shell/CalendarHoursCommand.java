package io.bpohub.platform.shell;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.platform.services.Caller;
import io.bpohub.platform.services.PlatformException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "calendar-hours", description = "Sets the weekly open hours from a date on",
        detailedDescription = "Days left out are closed; dates before --from keep the hours then in force. Times are "
                + "local to the calendar's time zone; an interval ending at or before its start runs past midnight. "
                + "Example: bpo:calendar-hours --from 2026-03-02 --mon 09:00-12:00,13:00-18:00 --tue 09:00-18:00 "
                + "--sat 22:00-06:00 acme")
@Service
public class CalendarHoursCommand extends CalendarCommand {
    static final String HOURS = "Open hours that weekday, e.g. 09:00-12:00,13:00-18:00; left out: closed";

    @Option(name = "--from", description = "First day these hours apply (YYYY-MM-DD), today or later", required = true)
    String from;

    @Option(name = "--mon", description = HOURS)
    String mon;

    @Option(name = "--tue", description = HOURS)
    String tue;

    @Option(name = "--wed", description = HOURS)
    String wed;

    @Option(name = "--thu", description = HOURS)
    String thu;

    @Option(name = "--fri", description = HOURS)
    String fri;

    @Option(name = "--sat", description = HOURS)
    String sat;

    @Option(name = "--sun", description = HOURS)
    String sun;

    @Override
    protected void run(Caller caller) {
        WeeklyHours hours = hours();
        BusinessCalendar saved = calendarService.setWeeklyHours(caller, owner, hours);
        out().println("Weekly hours of " + owner + " from " + hours.effectiveFrom() + " saved (times in "
                + saved.zone() + ").");
        weekly(saved, out());
    }

    /** The hours the options describe; refuses bad input, or a week without a single open day, naming the option. */
    WeeklyHours hours() {
        LocalDate first = Format.date(from, "--from");
        String[] typed = {mon, tue, wed, thu, fri, sat, sun}; // in DayOfWeek order
        Map<DayOfWeek, List<OpenInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String text = typed[day.ordinal()];
            if (text != null) {
                days.put(day, Intervals.parse(text, "--" + Format.weekday(day).toLowerCase(Locale.ROOT)));
            }
        }
        if (days.isEmpty()) {
            throw PlatformException.invalid(null, "give the open hours of at least one day (--mon .. --sun, "
                    + "e.g. --mon 09:00-18:00); days left out are closed");
        }
        return new WeeklyHours(first, days);
    }
}
