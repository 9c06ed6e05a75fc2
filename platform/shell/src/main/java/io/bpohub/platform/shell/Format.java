package io.bpohub.platform.shell;

import io.bpohub.platform.services.PlatformException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small text helpers shared by the commands. */
final class Format {
    static final String NONE = "-";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);

    private Format() {
    }

    /** ISO-8601 in UTC to the second, or {@code -}. */
    static String time(Instant at) {
        return at == null ? NONE : at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static String text(Object value) {
        if (value == null) {
            return NONE;
        }
        String s = value.toString();
        return s.isBlank() ? NONE : s;
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s (%d bytes)", value, units[unit], bytes);
    }

    /**
     * Reads an enum constant the way an operator types it: any case, {@code -} for {@code _}
     * ({@code in-house} is {@code IN_HOUSE}). Fails with INVALID_INPUT on {@code field} listing the choices.
     */
    static <E extends Enum<E>> E parseEnum(Class<E> type, String value, String field) {
        String choices = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw PlatformException.invalid(field, field + " is required: one of " + choices);
        }
        String wanted = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw PlatformException.invalid(field, "'" + value + "' is not a valid " + field + "; use one of " + choices);
    }

    /**
     * Reads a date as {@code YYYY-MM-DD}. {@code name} is what the operator typed it as ({@code --from},
     * or an argument's name); the field is that name without its dashes.
     */
    static LocalDate date(String value, String name) {
        if (value != null) {
            try {
                return LocalDate.parse(value.trim());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw PlatformException.invalid(field(name), name + " must be a date like 2026-02-17 (YYYY-MM-DD)"
                + (value == null ? "" : ", not '" + value + "'"));
    }

    /** Reads an ISO-8601 instant such as {@code 2026-02-17T02:00:00Z}; {@code name} as for {@link #date}. */
    static Instant instant(String value, String name) {
        if (value != null) {
            try {
                return Instant.parse(value.trim());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw PlatformException.invalid(field(name), name + " must be an instant in UTC like 2026-02-17T02:00:00Z"
                + (value == null ? "" : ", not '" + value + "'"));
    }

    /** Reads a month as {@code YYYY-MM}, e.g. a billing period; {@code name} as for {@link #date}. */
    static YearMonth month(String value, String name) {
        if (value != null) {
            try {
                return YearMonth.parse(value.trim());
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        throw PlatformException.invalid(field(name), name + " must be a month like 2026-11 (YYYY-MM)"
                + (value == null ? "" : ", not '" + value + "'"));
    }

    /** An exact decimal (money, quantities) as written, never in E notation: {@code 0.90}, {@code 1200}; or {@code -}. */
    static String decimal(BigDecimal value) {
        return value == null ? NONE : value.toPlainString();
    }

    static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    /** {@code Mon} .. {@code Sun}. */
    static String weekday(DayOfWeek day) {
        return day.name().charAt(0) + day.name().substring(1, 3).toLowerCase(Locale.ROOT);
    }

    /** An instant as wall-clock time in a zone, with its weekday: {@code Mon 2026-02-16 09:00}. */
    static String local(Instant at, ZoneId zone) {
        return at == null ? NONE : local(at.atZone(zone).toLocalDateTime());
    }

    /** {@code Mon 2026-02-16 09:00}. */
    static String local(LocalDateTime time) {
        return weekday(time.getDayOfWeek()) + " " + LOCAL.format(time);
    }

    /** The field an option or argument stands for: {@code --overflow-after} is {@code overflow-after}. */
    static String field(String name) {
        return name.startsWith("--") ? name.substring(2) : name;
    }
}
