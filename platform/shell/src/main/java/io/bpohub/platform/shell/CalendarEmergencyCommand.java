package io.bpohub.platform.shell;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.EmergencyMode;
import io.bpohub.platform.services.Caller;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Command(scope = "bpo", name = "calendar-emergency", description = "Closes or opens now, whatever the calendar says, until cleared",
        detailedDescription = "Wins over weekly hours, holidays and special days. Example: "
                + "bpo:calendar-emergency --reason \"typhoon signal 3: office closed\" acme CLOSED_NOW. "
                + "Undo with bpo:calendar-emergency-clear.")
@Service
public class CalendarEmergencyCommand extends CalendarCommand {
    @Argument(index = 1, name = "mode", description = "CLOSED_NOW or OPEN_NOW", required = true)
    @Completion(value = StringsCompleter.class, values = {"CLOSED_NOW", "OPEN_NOW"})
    String mode;

    @Option(name = "--reason", aliases = "-r", description = "Why, for the calendar and the audit log (quote it when it has spaces)",
            required = true)
    String reason;

    @Override
    protected void run(Caller caller) {
        EmergencyMode m = Format.parseEnum(EmergencyMode.class, mode, "mode");
        BusinessCalendar saved = calendarService.setEmergency(caller, owner, m, reason);
        out().println(owner + " is " + (m == EmergencyMode.CLOSED_NOW ? "closed" : "open")
                + " whatever its calendar says, until bpo:calendar-emergency-clear " + owner + ".");
        new Details().add("Emergency", emergency(saved.emergency())).print(out());
    }
}
