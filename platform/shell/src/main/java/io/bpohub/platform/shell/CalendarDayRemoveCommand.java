package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import java.time.LocalDate;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "calendar-day-remove", description = "Removes the holiday or special working day of one date",
        detailedDescription = "The weekly hours apply on that date again. Example: bpo:calendar-day-remove acme 2026-02-17")
@Service
public class CalendarDayRemoveCommand extends CalendarCommand {
    @Argument(index = 1, name = "date", description = "The date, YYYY-MM-DD", required = true)
    String date;

    @Override
    protected void run(Caller caller) {
        LocalDate on = Format.date(date, "date");
        calendarService.removeDay(caller, owner, on);
        out().println(owner + ": the entry of " + on + " is removed; the weekly hours apply that day again.");
    }
}
