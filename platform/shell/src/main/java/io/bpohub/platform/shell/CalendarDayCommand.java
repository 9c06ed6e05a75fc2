package io.bpohub.platform.shell;

import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.platform.services.Caller;
import java.time.LocalDate;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "calendar-day", description = "Adds or replaces the holiday or special working day of one date",
        detailedDescription = "A HOLIDAY is closed all day, or with --hours open only then; a SPECIAL_WORKING_DAY (a rest "
                + "day declared a working day) is open during --hours, or without them during a normal working day's hours. Examples: bpo:calendar-day acme 2026-02-17 HOLIDAY "
                + "\"Spring Festival\"; bpo:calendar-day --hours 09:00-18:00 acme 2026-02-28 SPECIAL_WORKING_DAY "
                + "\"Make-up workday\"")
@Service
public class CalendarDayCommand extends CalendarCommand {
    static final String MANUAL = "manual";

    @Argument(index = 1, name = "date", description = "The date, YYYY-MM-DD", required = true)
    String date;

    @Argument(index = 2, name = "kind", description = "HOLIDAY or SPECIAL_WORKING_DAY", required = true)
    @Completion(value = StringsCompleter.class, values = {"HOLIDAY", "SPECIAL_WORKING_DAY"})
    String kind;

    @Argument(index = 3, name = "name", description = "What the day is, e.g. \"Spring Festival\" (quote it when it has spaces)",
            required = true)
    String name;

    @Option(name = "--hours", description = "Open hours that day, e.g. 09:00-12:00; a holiday without them is closed all day")
    String hours;

    @Override
    protected void run(Caller caller) {
        DayEntry day = entry();
        calendarService.putDays(caller, owner, List.of(day), day.kind() + " " + day.date() + " " + day.name());
        out().println(owner + ": " + day.date() + " (" + Format.weekday(day.date().getDayOfWeek()) + ") is now "
                + day.kind() + " \"" + day.name() + "\", " + describeHours(day) + ".");
    }

    private static String describeHours(DayEntry day) {
        if (!day.openHours().isEmpty()) return "open " + Intervals.format(day.openHours());
        return day.kind() == DayKind.HOLIDAY ? "closed all day" : "open during a normal working day's hours";
    }

    /** The entry the arguments describe, refused before the service is asked when it cannot be right. */
    DayEntry entry() {
        LocalDate on = Format.date(date, "date");
        DayKind k = Format.parseEnum(DayKind.class, kind, "kind");
        List<OpenInterval> open = hours == null ? List.of() : Intervals.parse(hours, "--hours");
        return new DayEntry(on, k, name, open, MANUAL);
    }
}
