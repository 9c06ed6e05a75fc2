package io.bpohub.core.access;

import io.bpohub.platform.services.PlatformException;
import java.util.regex.Pattern;

/** Checks keys that name things kept elsewhere (campaign keys): records store them as text. */
public final class Keys {
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private Keys() {
    }

    /** An optional campaign key: null or blank means none. */
    public static String campaign(String key) {
        if (key == null || key.isBlank()) return null;
        if (!KEY.matcher(key.trim()).matches()) {
            throw PlatformException.invalid("campaignKey", "campaignKey must be 1 to 64 letters, digits, '.', '-' or '_'");
        }
        return key.trim();
    }

    /** Optional free text up to {@code max} characters. */
    public static String note(String text, String field, int max) {
        if (text == null || text.isBlank()) return null;
        if (text.length() > max) throw PlatformException.invalid(field, field + " must be at most " + max + " characters");
        return text.trim();
    }
}
