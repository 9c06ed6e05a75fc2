package io.bpohub.platform.shell;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.platform.services.ContactImportService;
import io.bpohub.platform.services.PlatformException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.lifecycle.Reference;

/** Base of bpo:import-*: the import service, the tenant, and how an import and a mapping are written in the shell. */
public abstract class ImportCommand extends BpoCommand {
    @Reference
    ContactImportService importService;

    @Argument(index = 0, name = "tenant", description = "Tenant slug", required = true)
    String tenant;

    /**
     * A mapping as typed: {@code phone=PHONE,name=NAME,#3=CITY,note=CUSTOM}; a column by header name, or by
     * position with {@code #n} (0 = first); CUSTOM keeps the cell under the header's name ({@code #n=CUSTOM:label} by position).
     */
    static ColumnMapping mapping(String text, boolean headerRow) {
        if (text == null || text.isBlank()) throw PlatformException.invalid("map", "a mapping is column=FIELD pairs, e.g. phone=PHONE,name=NAME");
        List<ColumnMapping.Column> columns = new ArrayList<>();
        for (String pair : text.split(",")) {
            int eq = pair.lastIndexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw PlatformException.invalid("map", "'" + pair.strip() + "' is not column=FIELD (fields: " + List.of(ContactField.values()) + ")");
            }
            String column = pair.substring(0, eq).strip();
            String target = pair.substring(eq + 1).strip();
            String customName = null;
            if (target.toUpperCase(Locale.ROOT).startsWith("CUSTOM:")) {
                customName = target.substring("CUSTOM:".length()).strip();
                target = "CUSTOM";
            }
            ContactField field = Format.parseEnum(ContactField.class, target, "map");
            try {
                if (column.matches("#[0-9]+")) {
                    int index = Integer.parseInt(column.substring(1));
                    columns.add(field == ContactField.CUSTOM ? ColumnMapping.Column.customAt(index, customName == null ? "column " + index : customName)
                            : ColumnMapping.Column.index(index, field));
                } else {
                    columns.add(field == ContactField.CUSTOM ? new ColumnMapping.Column(column, -1, field, customName == null ? column : customName)
                            : ColumnMapping.Column.header(column, field));
                }
            } catch (IllegalArgumentException e) {
                throw PlatformException.invalid("map", e.getMessage());
            }
        }
        try {
            return new ColumnMapping(headerRow, columns);
        } catch (IllegalArgumentException e) {
            throw PlatformException.invalid("map", e.getMessage());
        }
    }

    /** The mapping as {@link #mapping} reads it. */
    static String text(ColumnMapping mapping) {
        List<String> pairs = new ArrayList<>();
        for (ColumnMapping.Column c : mapping.columns()) {
            String column = c.header() != null ? c.header() : "#" + c.index();
            String field = c.field() == ContactField.CUSTOM ? "CUSTOM:" + c.customName() : c.field().name();
            pairs.add(column + "=" + field);
        }
        return String.join(",", pairs) + (mapping.headerRow() ? "" : " (no header row)");
    }

    static void print(ImportSummary s, PrintStream out) {
        new Details()
                .add("Import", s.importId())
                .add("Campaign", s.campaignKey())
                .add("File", s.fileName() + (s.charset() == null ? "" : " (" + s.charset() + ")"))
                .add("State", s.state())
                .add("Rows read", s.rowsRead())
                .add("Accepted", s.accepted())
                .add("Rejected", s.rejected())
                .add("Qualification", s.qualificationRate() == null ? null
                        : s.qualificationRate().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " %")
                .add("Started", s.startedBy() + " at " + Format.time(s.startedAt()))
                .add("Finished", s.finishedAt() == null ? null : s.finishedBy() + " at " + Format.time(s.finishedAt()))
                .add("Error", s.error())
                .print(out);
        for (Map.Entry<?, Long> e : s.rejectedByReason().entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue());
        }
        if (s.rejected() > 0) out.println("Rejected rows: bpo:import-rejects " + s.tenant() + " " + s.importId() + " <file>");
    }
}
