package io.bpohub.platform.shell;

import io.bpohub.api.calendar.CalendarImporter;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.platform.services.PlatformException;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

@Command(scope = "bpo", name = "calendar-import-ics", description = "Imports the all-day events of an iCalendar (.ics) file",
        detailedDescription = "The file is read on the Karaf server; a relative path starts at the shell's current "
                + "directory. Entries keep their source (ics:<file name>). Needs the bpohub-routing feature. "
                + "Example: bpo:calendar-import-ics acme /opt/calendars/acme-2026.ics")
@Service
public class CalendarImportIcsCommand extends CalendarImportCommand {
    @Argument(index = 1, name = "file", description = "Path of the .ics file on the Karaf server", required = true)
    @Completion(FileCompleter.class)
    String file;

    @Override
    protected List<DayEntry> read(CalendarImporter importer) {
        List<DayEntry> days;
        try (InputStream in = open(path(file), "file")) {
            days = importer.importIcs(in, fileName());
        } catch (IOException e) {
            throw PlatformException.invalid("file", fileName() + " is not a valid iCalendar file: " + e.getMessage());
        }
        if (days.isEmpty()) {
            throw PlatformException.invalid("file", fileName() + " holds no all-day events to import");
        }
        return days;
    }

    private String fileName() {
        return path(file).getFileName().toString();
    }

    @Override
    protected String note() {
        return "import " + fileName();
    }

    @Override
    protected String source() {
        return fileName();
    }
}
