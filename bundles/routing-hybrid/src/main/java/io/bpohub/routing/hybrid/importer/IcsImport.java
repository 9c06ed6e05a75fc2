package io.bpohub.routing.hybrid.importer;

import io.bpohub.api.calendar.DayEntry;
import io.bpohub.api.calendar.DayKind;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStart;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Holidays from an iCalendar file, parsed by ical4j. Each VEVENT marks the dates it covers as closed:
 * <ul>
 *   <li>an all-day event becomes one closed HOLIDAY per date it covers (DTEND is exclusive; no DTEND
 *       and no DURATION means one day);</li>
 *   <li>a timed event that runs from local midnight to local midnight (in its own time zone) is the
 *       same thing written with times, and is imported the same way;</li>
 *   <li>a timed event covering part of a day is refused: the file says when the tenant is closed, a
 *       partial holiday says when it is open, and turning one into the other needs the tenant's weekly
 *       hours, which an importer does not have. The operator enters such a day by hand;</li>
 *   <li>a recurring event (RRULE/RDATE) is refused: a holiday list names its dates;</li>
 *   <li>a cancelled event (STATUS:CANCELLED) is skipped.</li>
 * </ul>
 * A file with any refused event is refused whole, listing every refused event, so nothing is imported
 * half-way without the operator knowing.
 */
final class IcsImport {
    private IcsImport() {
    }

    static List<DayEntry> read(InputStream ics, String fileName) throws IOException {
        Calendar calendar = parse(ics, fileName);
        String source = "ics:" + fileName;
        List<DayEntry> entries = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int index = 0;
        for (CalendarComponent component : calendar.<CalendarComponent>getComponents()) {
            if (!Component.VEVENT.equals(component.getName())) continue;
            index++;
            VEvent event = (VEvent) component;
            String problem = addEntries(event, source, entries);
            if (problem != null) refused.add(describe(event, index) + ": " + problem);
        }
        if (!refused.isEmpty()) {
            throw new IOException(fileName + ": " + refused.size() + " event(s) cannot be imported as holidays: "
                    + String.join("; ", refused));
        }
        return entries;
    }

    private static Calendar parse(InputStream ics, String fileName) throws IOException {
        try (BundleClassLoader ignored = BundleClassLoader.enter()) {
            return new CalendarBuilder().build(new InputStreamReader(ics, StandardCharsets.UTF_8));
        } catch (ParserException e) {
            // ical4j's message already starts with "Error at line N:"; say it once
            String message = String.valueOf(e.getMessage()).replaceFirst("^Error at line \\d+:\\s*", "");
            throw new IOException(fileName + ": line " + e.getLineNo() + ": " + message, e);
        } catch (RuntimeException e) {
            throw new IOException(fileName + ": not a readable iCalendar file: " + e, e);
        }
    }

    /** Adds the event's dates; returns why the event cannot be imported, or null. */
    private static String addEntries(VEvent event, String source, List<DayEntry> entries) {
        if (property(event, Property.STATUS).filter("CANCELLED"::equalsIgnoreCase).isPresent()) return null;
        if (property(event, Property.RRULE).isPresent() || property(event, Property.RDATE).isPresent()) {
            return "recurring events are not imported (list each date as its own event)";
        }
        Temporal start;
        Temporal end;
        try {
            Optional<DtStart<Temporal>> dtStart = event.getProperty(Property.DTSTART);
            if (dtStart.isEmpty()) return "no DTSTART";
            start = dtStart.get().getDate();
            Optional<DtEnd<Temporal>> dtEnd = event.getEndDate(true);
            end = dtEnd.map(DtEnd::getDate).orElse(null);
        } catch (RuntimeException e) {
            return "unreadable DTSTART/DTEND/DURATION (" + e.getMessage() + ")";
        }
        String name = property(event, Property.SUMMARY).orElse("unnamed holiday");
        LocalDate first;
        LocalDate endExclusive;
        if (start instanceof LocalDate startDate) {
            first = startDate;
            endExclusive = end == null ? startDate.plusDays(1) : LocalDate.from(end);
        } else {
            LocalDateTime localStart = local(start);
            LocalDateTime localEnd = end == null ? localStart : local(end);
            boolean wholeDays = localStart.toLocalTime().equals(LocalTime.MIDNIGHT) && localEnd.toLocalTime().equals(LocalTime.MIDNIGHT)
                    && localEnd.isAfter(localStart);
            if (!wholeDays) {
                return "a timed event (" + localStart + " to " + localEnd
                        + ") closes only part of a day; enter it by hand as a partial holiday with the hours that stay open";
            }
            first = localStart.toLocalDate();
            endExclusive = localEnd.toLocalDate();
        }
        if (!endExclusive.isAfter(first)) return "ends (" + endExclusive + ") before it starts (" + first + ")";
        for (LocalDate date = first; date.isBefore(endExclusive); date = date.plusDays(1)) {
            entries.add(new DayEntry(date, DayKind.HOLIDAY, name, List.of(), source));
        }
        return null;
    }

    /** Wall-clock time of a DATE-TIME in its own zone (UTC for a 'Z' time, as written for a floating one). */
    private static LocalDateTime local(Temporal time) {
        if (time instanceof ZonedDateTime zoned) return zoned.toLocalDateTime();
        if (time instanceof OffsetDateTime offset) return offset.toLocalDateTime();
        if (time instanceof Instant instant) return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        if (time instanceof LocalDateTime local) return local;
        return LocalDateTime.from(time);
    }

    private static Optional<String> property(VEvent event, String name) {
        return event.<Property>getProperty(name).map(Property::getValue);
    }

    private static String describe(VEvent event, int index) {
        return "VEVENT #" + index + " '" + property(event, Property.SUMMARY).orElse("") + "'"
                + property(event, Property.UID).map(uid -> " (UID " + uid + ")").orElse("");
    }
}
