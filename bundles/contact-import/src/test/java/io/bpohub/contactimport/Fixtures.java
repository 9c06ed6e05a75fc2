package io.bpohub.contactimport;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ColumnMapping.Column;
import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.ImportRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Files, mappings and queries the database tests share. */
final class Fixtures {
    private Fixtures() {
    }

    /** The generator's columns: external_id,name,phone,email,city,birth_year,notes. */
    static final ColumnMapping GENERATOR = new ColumnMapping(true, List.of(
            Column.header("external_id", ContactField.EXTERNAL_ID), Column.header("name", ContactField.NAME),
            Column.header("phone", ContactField.PHONE), Column.header("email", ContactField.EMAIL),
            Column.header("city", ContactField.CITY), Column.custom("birth_year"), Column.custom("notes")));

    static ImportRequest request(String campaign, String fileName, FileFormat format, String charset, ColumnMapping mapping, boolean strict) {
        return new ImportRequest("acme", campaign, fileName, format, charset, "CN", mapping, strict, "acme.admin");
    }

    static Path write(Path dir, String name, String text, Charset charset) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    /** Runs the B2 generator (fixed seed) into {@code dir}. */
    static Path generate(Path dir, int rows, String encoding) throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Process p = new ProcessBuilder("python3", "/work/shared/bench/gen_contacts.py", "--rows", String.valueOf(rows), "--encoding", encoding,
                dir.toString()).inheritIO().start();
        if (p.waitFor() != 0) throw new IllegalStateException("gen_contacts.py failed");
        return dir;
    }

    /** source_row → phone_e164 of the import's contacts. */
    static Map<Long, String> contacts(Connection c, long importId) throws SQLException {
        return pairs(c, "SELECT source_row, phone_e164 FROM contact WHERE import_id = ?", importId);
    }

    /** row_no → reason of the import's rejects. */
    static Map<Long, String> rejects(Connection c, long importId) throws SQLException {
        return pairs(c, "SELECT row_no, reason FROM contact_import_reject WHERE import_id = ?", importId);
    }

    private static Map<Long, String> pairs(Connection c, String sql, long importId) throws SQLException {
        Map<Long, String> out = new TreeMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, importId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (out.put(rs.getLong(1), rs.getString(2)) != null) throw new AssertionError("row " + rs.getLong(1) + " written twice");
                }
            }
        }
        return out;
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static List<String> strings(Connection c, String sql, Object... args) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }
}
