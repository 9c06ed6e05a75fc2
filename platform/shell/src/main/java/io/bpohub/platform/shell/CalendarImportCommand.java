package io.bpohub.platform.shell;

import io.bpohub.api.calendar.CalendarImporter;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.platform.services.Caller;
import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/**
 * Base of the commands that import dated entries with the {@link CalendarImporter} of the hot-deployable
 * routing bundle, and store them with their source (they stay editable with bpo:calendar-day).
 */
public abstract class CalendarImportCommand extends CalendarCommand {
    @Reference(optional = true)
    CalendarImporter calendarImporter;

    @Override
    protected final void run(Caller caller) {
        checkArguments();
        calendarService.calendar(caller, owner); // the operator may see this calendar: checked before reading anything
        List<DayEntry> days = read(pluggable(calendarImporter, "calendar import"));
        calendarService.putDays(caller, owner, days, note());
        out().println("Imported " + days.size() + (days.size() == 1 ? " entry" : " entries") + " from " + source()
                + " into the calendar of " + owner + " (replacing any on the same dates):");
        days(days, out());
    }

    /** Refuses malformed arguments before any service is asked. */
    protected void checkArguments() {
    }

    /** The entries to import; refuses with INVALID_INPUT when there are none. */
    protected abstract List<DayEntry> read(CalendarImporter importer);

    /** The calendar revision's note. */
    protected abstract String note();

    /** Where the entries came from, for the operator. */
    protected abstract String source();
}
