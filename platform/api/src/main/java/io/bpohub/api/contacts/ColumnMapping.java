package io.bpohub.api.contacts;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which source column goes to which contact field, as the user chose it (and may save it for the next
 * file of the same shape). Columns are found by header name (trimmed, case-insensitive) or by position;
 * unmapped columns are ignored (rejected rows keep every cell in their rejects).
 *
 * @param headerRow whether the first row of the file names the columns (then it is not imported)
 * @param columns   the mapped columns; exactly one is {@link ContactField#PHONE}
 */
public record ColumnMapping(boolean headerRow, List<Column> columns) {
    public ColumnMapping {
        if (columns == null || columns.isEmpty()) throw new IllegalArgumentException("a mapping needs at least the phone column");
        columns = List.copyOf(columns);
        Set<ContactField> seen = EnumSet.noneOf(ContactField.class);
        Set<String> customNames = new HashSet<>();
        for (Column c : columns) {
            if (c == null) throw new IllegalArgumentException("a mapped column is null");
            if (c.header() != null && !headerRow) {
                throw new IllegalArgumentException("column '" + c.header() + "' is mapped by header name, but the file has no header row");
            }
            if (c.field() == ContactField.CUSTOM) {
                if (!customNames.add(c.customName().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("custom field '" + c.customName() + "' is mapped twice");
                }
            } else if (!seen.add(c.field())) {
                throw new IllegalArgumentException("field " + c.field() + " is mapped twice");
            }
        }
        if (!seen.contains(ContactField.PHONE)) throw new IllegalArgumentException("a mapping needs a PHONE column");
    }

    /**
     * One mapped column.
     *
     * @param header     the header name, or null to find the column by {@code index}
     * @param index      0-based column position, used when {@code header} is null (else -1)
     * @param field      where the cells go
     * @param customName the name a {@link ContactField#CUSTOM} value is kept under (null for other fields)
     */
    public record Column(String header, int index, ContactField field, String customName) {
        public Column {
            if (field == null) throw new IllegalArgumentException("a mapped column needs a target field");
            if (header != null) {
                header = header.strip();
                if (header.isEmpty()) throw new IllegalArgumentException("a header name must not be blank");
                index = -1;
            } else if (index < 0) {
                throw new IllegalArgumentException("a column is found by header name or by a position of 0 or more: " + index);
            }
            if (field == ContactField.CUSTOM) {
                if (customName == null || customName.isBlank() || customName.length() > 64) {
                    throw new IllegalArgumentException("a custom field needs a name of 1 to 64 characters");
                }
                customName = customName.strip();
            } else if (customName != null) {
                throw new IllegalArgumentException("only CUSTOM columns have a custom name");
            }
        }

        public static Column header(String header, ContactField field) {
            return new Column(header, -1, field, null);
        }

        public static Column index(int index, ContactField field) {
            return new Column(null, index, field, null);
        }

        /** A custom column found by header name, kept under that name. */
        public static Column custom(String header) {
            return new Column(header, -1, ContactField.CUSTOM, header == null ? null : header.strip());
        }

        public static Column customAt(int index, String customName) {
            return new Column(null, index, ContactField.CUSTOM, customName);
        }
    }
}
