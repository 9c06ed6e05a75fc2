package io.bpohub.rest.resources;

import io.bpohub.platform.services.PlatformException;
import java.util.Arrays;
import java.util.Locale;

/** Query parameters read here rather than by JAX-RS, so a bad value is a 400 naming the field, not a 404. */
final class Params {
    private Params() {
    }

    /** An optional enum filter: absent or blank = none. */
    static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) return null;
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid(field, field + " must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
