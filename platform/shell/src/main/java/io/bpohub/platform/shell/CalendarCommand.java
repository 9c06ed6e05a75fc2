package io.bpohub.platform.shell;

import io.bpohub.api.calendar.BusinessCalendar;
import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.Emergency;
import io.bpohub.api.calendar.WeeklyHours;
import io.bpohub.platform.services.CalendarService;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

/**
 * Base of the {@code bpo:calendar-*} commands: the calendar service, the owner (always the first
 * argument) and how a calendar is shown. Times of day are local to the calendar's time zone.
 */
public abstract class CalendarCommand extends BpoCommand {
    @Reference
    CalendarService calendarService;

    @Argument(index = 0, name = "owner", description = OrgCommand.OWNER, required = true)
    String owner;

    /** Time zone, emergency (when set), the weekly-hours versions, then the dated entries. */
    static void print(BusinessCalendar calendar, PrintStream out) {
        Details header = new Details().add("Owner", calendar.owner()).add("Time zone", calendar.zone());
        if (calendar.emergency() != null) {
            header.add("Emergency", emergency(calendar.emergency()));
        }
        header.print(out);
        out.println();
        weekly(calendar, out);
        out.println();
        out.println("Holidays and special working days:");
        days(calendar.days(), out);
    }

    /** {@code CLOSED_NOW since 2026-02-17T02:00:00Z, set by ops.ana: typhoon}. */
    static String emergency(Emergency e) {
        return e.mode() + " since " + Format.time(e.since()) + ", set by " + Format.text(e.setBy()) + ": "
                + Format.text(e.reason());
    }

    /** Each weekly-hours version with the dates it applies to, then its open hours per weekday. */
    static void weekly(BusinessCalendar calendar, PrintStream out) {
        List<WeeklyHours> versions = new ArrayList<>(calendar.weekly());
        if (versions.isEmpty()) {
            out.println("No weekly hours: closed except on special working days; set them with bpo:calendar-hours.");
            return;
        }
        versions.sort(Comparator.comparing(WeeklyHours::effectiveFrom));
        for (int i = 0; i < versions.size(); i++) {
            WeeklyHours hours = versions.get(i);
            if (i > 0) {
                out.println();
            }
            out.println("Weekly hours from " + hours.effectiveFrom() + (i + 1 < versions.size()
                    ? " until " + versions.get(i + 1).effectiveFrom().minusDays(1) : " on") + ":");
            Details days = new Details();
            for (DayOfWeek day : DayOfWeek.values()) {
                days.add(Format.weekday(day), Intervals.format(hours.on(day)));
            }
            days.print(out);
        }
    }

    /** Holidays and special working days, by date. */
    static void days(List<DayEntry> entries, PrintStream out) {
        ShellTable table = new ShellTable().emptyTableText("None; add one with bpo:calendar-day, or import them with "
                + "bpo:calendar-holidays or bpo:calendar-import-ics.");
        table.column("Date");
        table.column("Day");
        table.column("Kind");
        table.column("Name").maxSize(40);
        table.column("Hours");
        table.column("Source");
        List<DayEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(DayEntry::date));
        for (DayEntry d : sorted) {
            table.addRow().addContent(d.date(), Format.weekday(d.date().getDayOfWeek()), d.kind(), Format.text(d.name()),
                    Intervals.format(d.openHours()), d.source());
        }
        table.print(out);
    }
}
