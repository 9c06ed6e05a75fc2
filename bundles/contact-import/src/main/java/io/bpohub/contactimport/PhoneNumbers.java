package io.bpohub.contactimport;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers through Google's libphonenumber: E.164 normalisation with a default region, validity,
 * the number's country and its time zones (libphonenumber's prefix mapper). Thread-safe.
 */
final class PhoneNumbers {
    static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final PhoneNumberToTimeZonesMapper ZONES = PhoneNumberToTimeZonesMapper.getInstance();
    private static final String UNKNOWN_ZONE = PhoneNumberToTimeZonesMapper.getUnknownTimeZone();
    /** An extension written after the number; the only place letters are allowed. */
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\s*[,;]?\\s*(?:ext\\.?|extension|x|#|转|分机)\\s*\\d{1,7}#?\\s*$");
    /** Zones of numbers whose zones depend only on their country (e.g. UK mobiles), by country code. */
    private final ConcurrentHashMap<Integer, List<String>> countryZones = new ConcurrentHashMap<>();

    /** The outcome of one cell: a number ({@code e164 != null}) or why not ({@code error}). */
    static final class Result {
        String e164;
        long digits;
        String region;
        /** Never empty for a number; empty when the mapper does not know the number's zone. */
        List<String> zones;
        String error;
    }

    /**
     * @param region ISO 3166-1 alpha-2 country for numbers written in national format
     */
    Result normalize(String cell, String region) {
        Result r = new Result();
        String text = cell;
        if (hasLetters(cell)) {
            // an extension ("ext. 12", "转 8") is not dialled by the dialer and not part of E.164: leave it out
            Matcher extension = EXTENSION.matcher(cell);
            if (extension.find()) text = cell.substring(0, extension.start());
            if (hasLetters(text)) {
                // libphonenumber would read letters as a vanity number (ABC = 222); contact lists mean a typo
                r.error = "contains letters";
                return r;
            }
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(compact(text), region);
        } catch (NumberParseException e) {
            r.error = parseError(e);
            return r;
        }
        // the type is what validity is decided on (UNKNOWN = matches no pattern of its country); computing it once
        // serves both the validity and the time-zone lookup
        PhoneNumberType type = UTIL.getNumberType(number);
        if (type == PhoneNumberType.UNKNOWN) {
            String country = UTIL.getRegionCodeForCountryCode(number.getCountryCode());
            r.error = "not a valid number" + ("ZZ".equals(country) ? " (unknown country code +" + number.getCountryCode() + ")" : " in " + country);
            return r;
        }
        r.e164 = UTIL.format(number, PhoneNumberFormat.E164);
        r.digits = NumberMap.digits(r.e164);
        r.region = UTIL.getRegionCodeForNumber(number);
        List<String> zones;
        if (UTIL.isNumberGeographical(type, number.getCountryCode())) {
            zones = ZONES.getTimeZonesForGeographicalNumber(number);
        } else {
            zones = countryZones.computeIfAbsent(number.getCountryCode(), cc -> ZONES.getTimeZonesForNumber(number));
        }
        r.zones = zones.size() == 1 && UNKNOWN_ZONE.equals(zones.get(0)) ? List.of() : zones;
        return r;
    }

    /**
     * "+86 138-0013 8000" as "+8613800138000": libphonenumber drops these separators itself, but runs its
     * regular expressions (extension, viability) over the whole cell first, and they cost by the character.
     * Anything else (letters, '#', a '+' inside, '/') is left for libphonenumber to judge.
     */
    static String compact(String cell) {
        StringBuilder digits = null;
        for (int i = 0, n = cell.length(); i < n; i++) {
            char c = cell.charAt(i);
            if (c >= '0' && c <= '9') {
                if (digits != null) digits.append(c);
            } else if (c == ' ' || c == '-' || c == '(' || c == ')' || c == '.' || c == '\t' || (c == '+' && i == 0)) {
                if (digits == null) digits = new StringBuilder(n).append(cell, 0, i);
                if (c == '+') digits.append(c);
            } else {
                return cell;
            }
        }
        return digits == null ? cell : digits.toString();
    }

    private static boolean hasLetters(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
            if (c > 0x7f && Character.isLetter(c)) return true;
        }
        return false;
    }

    private static String parseError(NumberParseException e) {
        switch (e.getErrorType()) {
            case INVALID_COUNTRY_CODE: return "unknown or missing country code";
            case NOT_A_NUMBER: return "not a phone number";
            case TOO_SHORT_AFTER_IDD: return "too short after the international prefix";
            case TOO_SHORT_NSN: return "too short";
            case TOO_LONG: return "too long";
            default: return e.getMessage();
        }
    }

    static boolean isRegion(String code) {
        return code != null && code.length() == 2 && UTIL.getSupportedRegions().contains(code);
    }
}
