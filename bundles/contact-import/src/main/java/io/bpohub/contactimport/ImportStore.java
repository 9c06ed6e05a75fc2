package io.bpohub.contactimport;

import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.ImportReject;
import io.bpohub.api.contacts.ImportRequest;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import io.bpohub.api.contacts.RejectReason;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The import's tables in the tenant database (V5__contact_import.sql). Callers own the transactions. */
final class ImportStore {
    private static final String IMPORT_COLUMNS = "id, tenant, campaign_key, file_name, file_sha256, file_bytes, file_format, charset, "
            + "default_region, strict_columns, mapping, source_headers, state, rows_read, accepted, rejected, qualification_rate, "
            + "checkpoint_row, error, started_at, started_by, finished_at, finished_by";

    private ImportStore() {
    }

    /** contact_import as stored. */
    static final class Stored {
        long id;
        String tenant;
        String campaignKey;
        String fileName;
        String sha256;
        long bytes;
        FileFormat format;
        String charset;
        String defaultRegion;
        boolean strict;
        String mappingJson;
        String headersJson;
        ImportState state;
        long rowsRead;
        long accepted;
        long rejected;
        BigDecimal rate;
        long checkpoint;
        String error;
        Instant startedAt;
        String startedBy;
        Instant finishedAt;
        String finishedBy;
    }

    static long create(Connection c, ImportRequest r, FileFacts facts, String charset, String mappingJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO contact_import (tenant, campaign_key, file_name, file_sha256, file_bytes, "
                + "file_format, charset, default_region, strict_columns, mapping, state, started_at, started_by) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.tenant());
            ps.setString(2, r.campaignKey());
            ps.setString(3, r.fileName());
            ps.setString(4, facts.sha256);
            ps.setLong(5, facts.size);
            ps.setString(6, r.format().name());
            ps.setString(7, charset);
            ps.setString(8, r.defaultRegion());
            ps.setBoolean(9, r.strictColumns());
            ps.setString(10, mappingJson);
            ps.setTimestamp(11, Timestamp.from(Instant.now()));
            ps.setString(12, r.startedBy());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    static Stored load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + IMPORT_COLUMNS + " FROM contact_import WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? stored(rs) : null;
            }
        }
    }

    static List<Stored> list(Connection c, String campaignKey, ImportState state, int limit) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT " + IMPORT_COLUMNS + " FROM contact_import WHERE 1 = 1");
        if (campaignKey != null) sql.append(" AND campaign_key = ?");
        if (state != null) sql.append(" AND state = ?");
        sql.append(" ORDER BY id DESC LIMIT ?");
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            if (campaignKey != null) ps.setString(i++, campaignKey);
            if (state != null) ps.setString(i++, state.name());
            ps.setInt(i, Math.max(0, limit));
            List<Stored> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(stored(rs));
            }
            return out;
        }
    }

    private static Stored stored(ResultSet rs) throws SQLException {
        Stored s = new Stored();
        s.id = rs.getLong("id");
        s.tenant = rs.getString("tenant");
        s.campaignKey = rs.getString("campaign_key");
        s.fileName = rs.getString("file_name");
        s.sha256 = rs.getString("file_sha256");
        s.bytes = rs.getLong("file_bytes");
        s.format = FileFormat.valueOf(rs.getString("file_format"));
        s.charset = rs.getString("charset");
        s.defaultRegion = rs.getString("default_region");
        s.strict = rs.getBoolean("strict_columns");
        s.mappingJson = rs.getString("mapping");
        s.headersJson = rs.getString("source_headers");
        s.state = ImportState.valueOf(rs.getString("state"));
        s.rowsRead = rs.getLong("rows_read");
        s.accepted = rs.getLong("accepted");
        s.rejected = rs.getLong("rejected");
        s.rate = rs.getBigDecimal("qualification_rate");
        s.checkpoint = rs.getLong("checkpoint_row");
        s.error = rs.getString("error");
        s.startedAt = instant(rs.getTimestamp("started_at"));
        s.startedBy = rs.getString("started_by");
        s.finishedAt = instant(rs.getTimestamp("finished_at"));
        s.finishedBy = rs.getString("finished_by");
        return s;
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static Map<RejectReason, Long> rejectCounts(Connection c, long id) throws SQLException {
        Map<RejectReason, Long> counts = new EnumMap<>(RejectReason.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT reason, COUNT(*) FROM contact_import_reject WHERE import_id = ? GROUP BY reason")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) counts.put(RejectReason.valueOf(rs.getString(1)), rs.getLong(2));
            }
        }
        return counts;
    }

    static ImportSummary summary(Connection c, Stored s) throws SQLException {
        return new ImportSummary(s.id, s.tenant, s.campaignKey, s.fileName, s.sha256, s.format, s.charset, s.defaultRegion, s.state,
                s.rowsRead, s.accepted, s.rejected, rejectCounts(c, s.id), s.rate, Json.parseStrings(s.headersJson), s.error,
                s.startedBy, s.startedAt, s.finishedBy, s.finishedAt);
    }

    /**
     * Numbers this import has claimed so far (resume): its contacts, and its rows rejected for reasons that
     * belong to the number (already in the campaign, do-not-call), each with the claiming row.
     */
    static void loadClaims(Connection c, long id, NumberMap claimed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT phone_e164, source_row FROM contact WHERE import_id = ? "
                + "UNION ALL SELECT phone_e164, row_no FROM contact_import_reject WHERE import_id = ? AND phone_e164 IS NOT NULL "
                + "AND reason IN ('" + RejectReason.DUPLICATE_IN_CAMPAIGN + "', '" + RejectReason.DO_NOT_CALL + "')")) {
            ps.setLong(1, id);
            ps.setLong(2, id);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) claimed.putIfAbsent(NumberMap.digits(rs.getString(1)), rs.getLong(2));
            }
        }
    }

    /** The campaign's numbers that are not this import's own. */
    static NumberMap campaignNumbers(Connection c, String campaignKey, long importId) throws SQLException {
        NumberMap numbers = new NumberMap(1 << 12);
        try (PreparedStatement ps = c.prepareStatement("SELECT phone_e164 FROM contact WHERE campaign_key = ? AND phone_e164 IS NOT NULL "
                + "AND (import_id IS NULL OR import_id <> ?)")) {
            ps.setString(1, campaignKey);
            ps.setLong(2, importId);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long digits = NumberMap.digits(rs.getString(1));
                    if (digits > 0) numbers.putIfAbsent(digits, 0);
                }
            }
        }
        return numbers;
    }

    /** The do-not-call list of {@code c}'s database (table dnc_number) as a snapshot. */
    static NumberSet dnc(Connection c) throws SQLException {
        long[] numbers = new long[1 << 12];
        int n = 0;
        try (Statement st = c.createStatement()) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery("SELECT e164 FROM dnc_number")) {
                while (rs.next()) {
                    long digits = NumberMap.digits(rs.getString(1));
                    if (digits <= 0) continue;
                    if (n == numbers.length) numbers = java.util.Arrays.copyOf(numbers, n * 2);
                    numbers[n++] = digits;
                }
            }
        }
        return new NumberSet(numbers, n);
    }

    /** A column of {@code contact} the importer writes, and where its value comes from. */
    private enum ContactColumn {
        NAME("name", null), PHONE("phone", null), CREATED_BY("created_by", null), CAMPAIGN_KEY("campaign_key", null),
        PHONE_E164("phone_e164", null), ALT_PHONE("alt_phone", ContactField.ALT_PHONE), ALT_PHONE_E164("alt_phone_e164", ContactField.ALT_PHONE),
        EXTERNAL_ID("external_id", ContactField.EXTERNAL_ID), EMAIL("email", ContactField.EMAIL), ADDRESS("address", ContactField.ADDRESS),
        CITY("city", ContactField.CITY), REGION("region", null), TIME_ZONE("time_zone", null), CUSTOM_FIELDS("custom_fields", ContactField.CUSTOM),
        IMPORT_ID("import_id", null), SOURCE_ROW("source_row", null);

        final String name;
        /** The mapped field it needs, or null for columns every import fills. */
        final ContactField needs;

        ContactColumn(String name, ContactField needs) {
            this.name = name;
            this.needs = needs;
        }
    }

    /**
     * Writes batches, then the checkpoint: one bulk execution per batch and table where the driver offers it
     * ({@link BulkInsert}), else one multi-row INSERT. Columns the mapping cannot fill are left out of the
     * statement (they stay NULL): every value not sent is work the server does not do.
     */
    static final class BatchWriter implements AutoCloseable {
        private static final String REJECT = "INSERT INTO contact_import_reject (import_id, row_no, reason, detail, phone_e164, raw_values) VALUES ";
        private static final String REJECT_ROW = "(?, ?, ?, ?, ?, ?)";
        private final Connection c;
        private final long importId;
        private final String campaignKey;
        private final String createdBy;
        private final ContactColumn[] columns;
        private final String contactHead;
        private final String contactRow;
        private final Map<Integer, PreparedStatement> contactStatements = new java.util.HashMap<>();
        private final Map<Integer, PreparedStatement> rejectStatements = new java.util.HashMap<>();
        private final PreparedStatement checkpoint;
        /** Server-prepared statements for bulk batches, or null for multi-row INSERTs. */
        private final PreparedStatement bulkContacts;
        private final PreparedStatement bulkRejects;

        BatchWriter(Connection c, long importId, String campaignKey, String createdBy, Set<ContactField> mapped, boolean bulk) throws SQLException {
            this.c = c;
            this.importId = importId;
            this.campaignKey = campaignKey;
            this.createdBy = createdBy;
            this.columns = java.util.Arrays.stream(ContactColumn.values()).filter(col -> col.needs == null || mapped.contains(col.needs))
                    .toArray(ContactColumn[]::new);
            StringBuilder head = new StringBuilder("INSERT INTO contact (");
            StringBuilder row = new StringBuilder("(");
            for (int i = 0; i < columns.length; i++) {
                head.append(i == 0 ? "" : ", ").append(columns[i].name);
                row.append(i == 0 ? "?" : ", ?");
            }
            this.contactHead = head.append(") VALUES ").toString();
            this.contactRow = row.append(')').toString();
            this.bulkContacts = bulk ? BulkInsert.prepare(c, contactHead + contactRow) : null;
            this.bulkRejects = bulkContacts != null ? BulkInsert.prepare(c, REJECT + REJECT_ROW) : null;
            // the expected previous checkpoint guards against two writers of one import: each batch moves it exactly once
            this.checkpoint = c.prepareStatement("UPDATE contact_import SET rows_read = ?, accepted = ?, rejected = ?, checkpoint_row = ?, "
                    + "source_headers = COALESCE(source_headers, ?) WHERE id = ? AND state = 'RUNNING' AND checkpoint_row = ?");
        }

        private PreparedStatement statement(Map<Integer, PreparedStatement> cache, String head, String row, int rows) throws SQLException {
            PreparedStatement ps = cache.get(rows);
            if (ps == null) {
                StringBuilder sql = new StringBuilder(head.length() + rows * (row.length() + 1)).append(head);
                for (int i = 0; i < rows; i++) sql.append(i == 0 ? "" : ",").append(row);
                ps = c.prepareStatement(sql.toString());
                // keep the full-size statements; other sizes occur once per import (its last batch)
                if (cache.size() < 4) cache.put(rows, ps);
            }
            return ps;
        }

        private String value(ContactColumn column, Rows.Accepted a) {
            switch (column) {
                case NAME: return a.name == null ? "" : a.name;
                case PHONE: return a.phone;
                case CREATED_BY: return createdBy;
                case CAMPAIGN_KEY: return campaignKey;
                case PHONE_E164: return a.e164;
                case ALT_PHONE: return a.altPhone;
                case ALT_PHONE_E164: return a.altE164;
                case EXTERNAL_ID: return a.externalId;
                case EMAIL: return a.email;
                case ADDRESS: return a.address;
                case CITY: return a.city;
                case REGION: return a.region;
                case TIME_ZONE: return a.timeZone;
                case CUSTOM_FIELDS: return a.customJson;
                default: throw new IllegalStateException(column.name());
            }
        }

        boolean bulk() {
            return bulkContacts != null;
        }

        void contacts(List<Rows.Accepted> rows) throws SQLException {
            if (rows.isEmpty()) return;
            PreparedStatement ps = bulkContacts != null ? bulkContacts : statement(contactStatements, contactHead, contactRow, rows.size());
            int p = 1;
            for (Rows.Accepted a : rows) {
                if (bulkContacts != null) p = 1;
                for (ContactColumn column : columns) {
                    if (column == ContactColumn.IMPORT_ID) ps.setLong(p++, importId);
                    else if (column == ContactColumn.SOURCE_ROW) ps.setLong(p++, a.row);
                    else ps.setString(p++, value(column, a));
                }
                if (bulkContacts != null) ps.addBatch();
            }
            execute(ps, bulkContacts, contactStatements);
        }

        void rejects(List<Rows.Rejected> rows) throws SQLException {
            if (rows.isEmpty()) return;
            PreparedStatement ps = bulkRejects != null ? bulkRejects : statement(rejectStatements, REJECT, REJECT_ROW, rows.size());
            int p = 1;
            for (Rows.Rejected r : rows) {
                if (bulkRejects != null) p = 1;
                ps.setLong(p++, importId);
                ps.setLong(p++, r.row);
                ps.setString(p++, r.reason.name());
                ps.setString(p++, r.detail);
                if (r.e164 == null) ps.setNull(p++, Types.VARCHAR);
                else ps.setString(p++, r.e164);
                ps.setString(p++, r.rawJson);
                if (bulkRejects != null) ps.addBatch();
            }
            execute(ps, bulkRejects, rejectStatements);
        }

        private static void execute(PreparedStatement ps, PreparedStatement bulk, Map<Integer, PreparedStatement> cache) throws SQLException {
            if (ps == bulk) {
                ps.executeBatch();
                return;
            }
            ps.executeUpdate();
            if (!cache.containsValue(ps)) ps.close();
        }

        void checkpoint(long rowsRead, long accepted, long rejected, long row, String headersJson, long previousRow) throws SQLException {
            checkpoint.setLong(1, rowsRead);
            checkpoint.setLong(2, accepted);
            checkpoint.setLong(3, rejected);
            checkpoint.setLong(4, row);
            checkpoint.setString(5, headersJson);
            checkpoint.setLong(6, importId);
            checkpoint.setLong(7, previousRow);
            if (checkpoint.executeUpdate() != 1) {
                throw new SQLException("import " + importId + " is no longer at row " + previousRow + " or no longer running (written by another session?)");
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : contactStatements.values()) ps.close();
            for (PreparedStatement ps : rejectStatements.values()) ps.close();
            if (bulkContacts != null) bulkContacts.close();
            if (bulkRejects != null) bulkRejects.close();
            checkpoint.close();
        }
    }

    static void complete(Connection c, long id, BigDecimal rate, String headersJson, String by) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE contact_import SET state = 'COMPLETED', qualification_rate = ?, "
                + "source_headers = COALESCE(source_headers, ?), finished_at = ?, finished_by = ? WHERE id = ? AND state = 'RUNNING'")) {
            ps.setBigDecimal(1, rate);
            ps.setString(2, headersJson);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setString(4, by);
            ps.setLong(5, id);
            if (ps.executeUpdate() != 1) throw new SQLException("import " + id + " is no longer running");
        }
    }

    /** Takes back everything the import wrote and records why: a malformed file applies nothing. */
    static void fail(Connection c, long id, String error, String by) throws SQLException {
        try (PreparedStatement contacts = c.prepareStatement("DELETE FROM contact WHERE import_id = ?");
             PreparedStatement rejects = c.prepareStatement("DELETE FROM contact_import_reject WHERE import_id = ?");
             PreparedStatement state = c.prepareStatement("UPDATE contact_import SET state = 'FAILED', error = ?, rows_read = 0, accepted = 0, "
                     + "rejected = 0, qualification_rate = NULL, finished_at = ?, finished_by = ? WHERE id = ?")) {
            contacts.setLong(1, id);
            contacts.executeUpdate();
            rejects.setLong(1, id);
            rejects.executeUpdate();
            state.setString(1, error.length() > 2000 ? error.substring(0, 1997) + "..." : error);
            state.setTimestamp(2, Timestamp.from(Instant.now()));
            state.setString(3, by);
            state.setLong(4, id);
            state.executeUpdate();
        }
    }

    static List<ImportReject> rejects(Connection c, long id, long afterRow, int limit) throws SQLException {
        List<ImportReject> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT row_no, reason, detail, phone_e164, raw_values FROM contact_import_reject "
                + "WHERE import_id = ? AND row_no > ? ORDER BY row_no LIMIT ?")) {
            ps.setLong(1, id);
            ps.setLong(2, afterRow);
            ps.setInt(3, Math.max(0, limit));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ImportReject(id, rs.getLong(1), RejectReason.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                            Json.parseStrings(rs.getString(5))));
                }
            }
        }
        return out;
    }
}
