package io.bpohub.contactimport;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.RejectReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Data qualification of one import, row by row in file order (one thread). Checks, first failing wins:
 * row width (CSV) → phone present → valid number (E.164 with the row's region hint or the default
 * region) → cells fit their fields → first row with this number in the file → not already in the
 * campaign → not on the tenant's or the agency's do-not-call list. A row that gets past the width,
 * presence, validity and length checks claims its number, so later rows with it are duplicates of
 * that row whatever became of it.
 */
final class Classifier {
    static final int MAX_NAME = 200;
    static final int MAX_PHONE = 64;
    static final int MAX_EXTERNAL_ID = 64;
    static final int MAX_EMAIL = 254;
    static final int MAX_ADDRESS = 500;
    static final int MAX_CITY = 100;
    static final int MAX_TIME_ZONES = 1000;
    private static final int SHOWN = 40;

    private final ColumnMapping mapping;
    private final String defaultRegion;
    private final boolean strict;
    private final boolean checkWidth;
    private final String campaignKey;
    private final PhoneNumbers phones;
    private final NumberMap claimed;
    private final NumberMap inCampaign;
    private final NumberSet tenantDnc;
    private final DoNotCallList agencyDnc;
    private final NumberSet agencyNumbers;

    private final int[] column = new int[ContactField.values().length];
    private int[] customColumns = new int[0];
    private String[] customNames = new String[0];
    private int width = -1;
    private List<String> headers = List.of();
    private boolean resolved;

    /**
     * @param claimed    numbers already claimed by earlier rows (filled on resume), number → row
     * @param inCampaign numbers of the campaign's other contacts
     * @param checkWidth whether rows must be as wide as the header (CSV); worksheets omit empty trailing cells
     */
    Classifier(ColumnMapping mapping, String defaultRegion, boolean strict, boolean checkWidth, String campaignKey,
               PhoneNumbers phones, NumberMap claimed, NumberMap inCampaign, NumberSet tenantDnc, DoNotCallList agencyDnc) {
        this.mapping = mapping;
        this.defaultRegion = defaultRegion;
        this.strict = strict;
        this.checkWidth = checkWidth;
        this.campaignKey = campaignKey;
        this.phones = phones;
        this.claimed = claimed;
        this.inCampaign = inCampaign;
        this.tenantDnc = tenantDnc;
        this.agencyDnc = agencyDnc == null ? DoNotCallList.NONE : agencyDnc;
        this.agencyNumbers = agencyDnc instanceof NumberSet ? (NumberSet) agencyDnc : null;
        Arrays.fill(column, -1);
    }

    boolean resolved() {
        return resolved;
    }

    List<String> headers() {
        return headers;
    }

    /** Finds the mapped columns in the header row (row 1; read again on every resume). */
    void header(String[] cells) throws MalformedFileException {
        List<String> names = new ArrayList<>(cells.length);
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; i < cells.length; i++) {
            String name = cells[i] == null ? "" : cells[i].replace("\uFEFF", "").strip();
            names.add(name);
            byName.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
        }
        headers = List.copyOf(names);
        width = cells.length;
        List<Integer> custom = new ArrayList<>();
        List<String> customName = new ArrayList<>();
        for (ColumnMapping.Column c : mapping.columns()) {
            int index;
            if (c.header() != null) {
                Integer found = byName.get(c.header().toLowerCase(Locale.ROOT));
                if (found == null) {
                    throw new MalformedFileException("the header row has no column '" + c.header() + "' (it has: " + String.join(", ", names) + ")",
                            1, -1, c.header(), null);
                }
                index = found;
            } else {
                index = c.index();
            }
            place(c, index, custom, customName);
        }
        finish(custom, customName);
    }

    /** Without a header row: columns by position; the first row sets the width. */
    void positions(int firstRowWidth) {
        width = firstRowWidth;
        List<Integer> custom = new ArrayList<>();
        List<String> customName = new ArrayList<>();
        for (ColumnMapping.Column c : mapping.columns()) place(c, c.index(), custom, customName);
        finish(custom, customName);
    }

    private void place(ColumnMapping.Column c, int index, List<Integer> custom, List<String> customName) {
        if (c.field() == ContactField.CUSTOM) {
            custom.add(index);
            customName.add(c.customName());
        } else {
            column[c.field().ordinal()] = index;
        }
    }

    private void finish(List<Integer> custom, List<String> customName) {
        customColumns = custom.stream().mapToInt(Integer::intValue).toArray();
        customNames = customName.toArray(new String[0]);
        resolved = true;
    }

    static boolean blank(String[] cells) {
        for (String c : cells) {
            if (c != null && !c.isBlank()) return false;
        }
        return true;
    }

    String cell(String[] cells, ContactField field) {
        int i = column[field.ordinal()];
        if (i < 0 || i >= cells.length || cells[i] == null) return null;
        String v = cells[i].strip();
        return v.isEmpty() ? null : v;
    }

    private static String shown(String cell) {
        String oneLine = cell.replace('\n', ' ').replace('\r', ' ');
        return "'" + (oneLine.length() > SHOWN ? oneLine.substring(0, SHOWN) + "…" : oneLine) + "'";
    }

    /**
     * @return a {@link Rows.Accepted} or a {@link Rows.Rejected}
     * @throws MalformedFileException a row of the wrong width under strict columns
     */
    Object classify(long row, long line, String[] cells) throws MalformedFileException {
        if (checkWidth && width >= 0 && cells.length != width) {
            String what = cells.length + (cells.length == 1 ? " field" : " fields") + " where the header row has " + width;
            if (strict) {
                int at = Math.min(cells.length, width);
                throw new MalformedFileException(what, line, at, null);
            }
            return reject(row, RejectReason.MALFORMED_ROW, what, null, cells);
        }
        String phone = cell(cells, ContactField.PHONE);
        if (phone == null) return reject(row, RejectReason.MISSING_FIELD, "no phone number", null, cells);
        if (phone.length() > MAX_PHONE) return reject(row, RejectReason.FIELD_TOO_LONG, "phone is longer than " + MAX_PHONE + " characters", null, cells);
        String hint = cell(cells, ContactField.REGION_HINT);
        String region = hint != null && hint.length() == 2 && PhoneNumbers.isRegion(hint.toUpperCase(Locale.ROOT))
                ? hint.toUpperCase(Locale.ROOT) : defaultRegion;
        PhoneNumbers.Result number = phones.normalize(phone, region);
        if (number.e164 == null) return reject(row, RejectReason.INVALID_NUMBER, shown(phone) + ": " + number.error, null, cells);

        Rows.Accepted a = new Rows.Accepted();
        a.row = row;
        a.phone = phone;
        a.e164 = number.e164;
        a.region = number.region;
        a.name = cell(cells, ContactField.NAME);
        a.externalId = cell(cells, ContactField.EXTERNAL_ID);
        a.email = cell(cells, ContactField.EMAIL);
        a.address = cell(cells, ContactField.ADDRESS);
        a.city = cell(cells, ContactField.CITY);
        a.altPhone = cell(cells, ContactField.ALT_PHONE);
        String tooLong = tooLong(a);
        if (tooLong != null) return reject(row, RejectReason.FIELD_TOO_LONG, tooLong, number.e164, cells);

        long first = claimed.putIfAbsent(number.digits, row);
        if (first != NumberMap.ABSENT) {
            return reject(row, RejectReason.DUPLICATE_IN_FILE, "same number " + number.e164 + " as row " + first, number.e164, cells);
        }
        if (inCampaign.contains(number.digits)) {
            return reject(row, RejectReason.DUPLICATE_IN_CAMPAIGN, number.e164 + " is already in campaign " + campaignKey, number.e164, cells);
        }
        if (tenantDnc.contains(number.digits)) {
            return reject(row, RejectReason.DO_NOT_CALL, number.e164 + " is on the tenant's do-not-call list", number.e164, cells);
        }
        if (agencyNumbers != null ? agencyNumbers.contains(number.digits) : agencyDnc.contains(number.e164)) {
            return reject(row, RejectReason.DO_NOT_CALL, number.e164 + " is on the agency's do-not-call list", number.e164, cells);
        }
        if (a.altPhone != null) {
            PhoneNumbers.Result alt = phones.normalize(a.altPhone, region);
            a.altE164 = alt.e164;
        }
        a.timeZone = zones(number, a.city, a.address);
        a.customJson = custom(cells);
        return a;
    }

    private static String tooLong(Rows.Accepted a) {
        if (a.name != null && a.name.length() > MAX_NAME) return "name is longer than " + MAX_NAME + " characters";
        if (a.externalId != null && a.externalId.length() > MAX_EXTERNAL_ID) return "external id is longer than " + MAX_EXTERNAL_ID + " characters";
        if (a.email != null && a.email.length() > MAX_EMAIL) return "email is longer than " + MAX_EMAIL + " characters";
        if (a.address != null && a.address.length() > MAX_ADDRESS) return "address is longer than " + MAX_ADDRESS + " characters";
        if (a.city != null && a.city.length() > MAX_CITY) return "city is longer than " + MAX_CITY + " characters";
        if (a.altPhone != null && a.altPhone.length() > MAX_PHONE) return "alternative phone is longer than " + MAX_PHONE + " characters";
        return null;
    }

    /**
     * The number's zones; a city or address naming one of them narrows to it; naming another adds it
     * (calling hours then use the window valid in all). Null when nothing is known.
     */
    static String zones(PhoneNumbers.Result number, String city, String address) {
        String place = ZoneHints.city(city);
        if (place == null && address != null) place = ZoneHints.address(address);
        List<String> byNumber = number.zones;
        if (place == null) {
            if (byNumber.isEmpty()) return null;
            return byNumber.size() == 1 ? byNumber.get(0) : fit(String.join(",", byNumber));
        }
        if (byNumber.isEmpty() || byNumber.contains(place)) return place;
        TreeSet<String> both = new TreeSet<>(byNumber);
        both.add(place);
        return fit(String.join(",", both));
    }

    /** A list longer than the column is recorded as unknown (null), not cut: a cut list would change the window. */
    private static String fit(String zones) {
        return zones.length() > MAX_TIME_ZONES ? null : zones;
    }

    private String custom(String[] cells) {
        if (customColumns.length == 0) return null;
        StringBuilder json = null;
        for (int i = 0; i < customColumns.length; i++) {
            int c = customColumns[i];
            if (c >= cells.length || cells[c] == null) continue;
            String v = cells[c].strip();
            if (v.isEmpty()) continue;
            json = json == null ? new StringBuilder(64).append('{') : json.append(',');
            Json.string(json, customNames[i]);
            json.append(':');
            Json.string(json, v);
        }
        return json == null ? null : json.append('}').toString();
    }

    private static Rows.Rejected reject(long row, RejectReason reason, String detail, String e164, String[] cells) {
        return new Rows.Rejected(row, reason, detail, e164, Json.strings(cells));
    }
}
