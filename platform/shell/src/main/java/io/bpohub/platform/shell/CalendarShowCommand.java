package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "calendar-show",
        description = "Shows a business calendar: time zone, weekly hours, holidays and special days, emergency",
        detailedDescription = "owner is \"agency\" for the agency's own calendar, or a tenant slug. Times of day are "
                + "local to the calendar's time zone; (+1) marks hours that run past midnight.")
@Service
public class CalendarShowCommand extends CalendarCommand {
    @Override
    protected void run(Caller caller) {
        print(calendarService.calendar(caller, owner), out());
    }
}
