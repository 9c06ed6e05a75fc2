package io.bpohub.platform.shell;

import io.bpohub.api.calendar.OpenInterval;
import io.bpohub.platform.services.PlatformException;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Open hours as operators type and read them: {@code 09:00-12:00,13:00-18:00}, 24-hour times. An
 * interval that ends at or before its start runs past midnight and is shown as {@code 22:00-06:00(+1)};
 * the {@code (+1)} may be typed too (quote it: the shell gives parentheses a meaning). {@code 24:00} is
 * accepted as an end and means midnight.
 */
final class Intervals {
    static final String CLOSED = "closed";

    private static final Pattern INTERVAL =
            Pattern.compile("(\\d{1,2}):(\\d{2})\\s*-\\s*(\\d{1,2}):(\\d{2})\\s*(\\(\\+1\\))?");

    private Intervals() {
    }

    /**
     * Reads a comma-separated list of intervals. {@code name} is the option it came from, e.g.
     * {@code --mon}; a bad list fails with INVALID_INPUT on that option, saying what is wrong.
     */
    static List<OpenInterval> parse(String text, String name) {
        String field = Format.field(name);
        if (text == null || text.isBlank()) {
            throw PlatformException.invalid(field, name + " needs open hours like 09:00-12:00,13:00-18:00; "
                    + "leave " + name + " out for a closed day");
        }
        List<OpenInterval> intervals = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            intervals.add(interval(item.trim(), name, field));
        }
        return intervals;
    }

    private static OpenInterval interval(String item, String name, String field) {
        Matcher m = INTERVAL.matcher(item);
        if (!m.matches()) {
            throw PlatformException.invalid(field, name + ": " + (item.isEmpty() ? "an empty interval" : "'" + item + "'")
                    + " is not an interval; write start-end in 24-hour time, e.g. 09:00-18:00 or 22:00-06:00 "
                    + "(past midnight), and separate intervals with commas");
        }
        LocalTime start = time(m.group(1), m.group(2), false);
        LocalTime end = time(m.group(3), m.group(4), true);
        if (start == null || end == null) {
            throw PlatformException.invalid(field, name + ": '" + item + "' has a time that does not exist; "
                    + "use 00:00 to 23:59 (24:00 as an end means midnight)");
        }
        OpenInterval interval = new OpenInterval(start, end);
        if (m.group(5) != null && !interval.crossesMidnight()) {
            throw PlatformException.invalid(field, name + ": '" + item + "' ends after it starts, on the same day; "
                    + "drop the (+1)");
        }
        return interval;
    }

    /** The time, or null when there is no such time of day; {@code 24:00} is midnight, as an end only. */
    private static LocalTime time(String hours, String minutes, boolean end) {
        int h = Integer.parseInt(hours);
        int m = Integer.parseInt(minutes);
        if (end && h == 24 && m == 0) {
            return LocalTime.MIDNIGHT;
        }
        return h > 23 || m > 59 ? null : LocalTime.of(h, m);
    }

    /** {@code 09:00-12:00, 22:00-06:00(+1)}, or {@code closed} when there are none. */
    static String format(List<OpenInterval> intervals) {
        if (intervals == null || intervals.isEmpty()) {
            return CLOSED;
        }
        return intervals.stream().map(Intervals::formatted).collect(Collectors.joining(", "));
    }

    private static String formatted(OpenInterval interval) {
        return interval.start() + "-" + interval.end() + (interval.crossesMidnight() ? "(+1)" : "");
    }
}
