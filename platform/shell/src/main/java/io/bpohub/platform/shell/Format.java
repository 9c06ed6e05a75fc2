package io.bpohub.platform.shell;

import io.bpohub.platform.services.PlatformException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Small text helpers shared by the commands. */
final class Format {
    static final String NONE = "-";

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
}
