package io.bpohub.platform.shell;

import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Service;

@Command(scope = "bpo", name = "calendar-emergency-clear", description = "Ends an emergency: the calendar applies again")
@Service
public class CalendarEmergencyClearCommand extends CalendarCommand {
    @Override
    protected void run(Caller caller) {
        calendarService.clearEmergency(caller, owner);
        out().println(owner + ": emergency cleared; weekly hours, holidays and special days apply again.");
    }
}
