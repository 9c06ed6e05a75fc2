package io.bpohub.contactimport;

import io.bpohub.api.contacts.ContactField;
import io.bpohub.api.contacts.DncImportRequest;
import io.bpohub.api.contacts.DncImportResult;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.DoNotCallRegistry;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.ImportException;
import io.bpohub.api.contacts.ImportRequest;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.osgi.service.component.annotations.Component;

/**
 * Do-not-call lists in a database's {@code dnc_number} table. A list file is added in one transaction:
 * a malformed file adds nothing, a good one adds all its valid numbers; importing it again adds
 * nothing new.
 */
@Component(service = DoNotCallRegistry.class)
public final class DoNotCallRegistryImpl implements DoNotCallRegistry {
    private static final int ROWS_PER_STATEMENT = 1000;
    private static final int EXAMPLES = 100;
    private final PhoneNumbers phones = new PhoneNumbers();

    @Override
    public DncImportResult importList(DncImportRequest request, Path file, Connection db) throws ImportException, IOException, SQLException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(db, "db");
        boolean detect = request.format() == FileFormat.CSV && ImportRequest.AUTO.equals(request.charset());
        FileFacts facts = FileFacts.scan(file, detect);
        Charset charset = request.format() == FileFormat.CSV ? (detect ? facts.detected : Charset.forName(request.charset())) : null;
        RowSource source = request.format() == FileFormat.CSV
                ? new CsvSource(file, charset, facts.bomFor(charset), facts.size) : new XlsxSource(file);
        Classifier columns = new Classifier(request.mapping(), request.defaultRegion(), false, false, "", phones,
                new NumberMap(16), new NumberMap(16), new NumberSet(new long[0], 0), DoNotCallList.NONE);
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        long[] counts = new long[3];  // read, added, invalid
        List<String> examples = new ArrayList<>();
        List<String> pending = new ArrayList<>(ROWS_PER_STATEMENT);
        try (BundleContextLoader loader = BundleContextLoader.enter()) {
            source.read((row, line, cells) -> {
                if (!columns.resolved()) {
                    if (Classifier.blank(cells)) return;
                    if (request.mapping().headerRow()) {
                        columns.header(cells);
                        return;
                    }
                    columns.positions(cells.length);
                }
                if (Classifier.blank(cells)) return;
                counts[0]++;
                String cell = columns.cell(cells, ContactField.PHONE);
                String hint = columns.cell(cells, ContactField.REGION_HINT);
                String region = hint != null && PhoneNumbers.isRegion(hint.toUpperCase(Locale.ROOT)) ? hint.toUpperCase(Locale.ROOT) : request.defaultRegion();
                PhoneNumbers.Result number = cell == null ? null : phones.normalize(cell, region);
                if (number == null || number.e164 == null) {
                    counts[2]++;
                    if (examples.size() < EXAMPLES) examples.add("row " + row + ": " + (cell == null ? "no number" : "'" + cell + "': " + number.error));
                    return;
                }
                pending.add(number.e164);
                if (pending.size() == ROWS_PER_STATEMENT) counts[1] += insert(db, pending, request.source(), request.addedBy());
            });
            if (!pending.isEmpty()) counts[1] += insert(db, pending, request.source(), request.addedBy());
            db.commit();
        } catch (MalformedFileException e) {
            db.rollback();
            List<String> headers = columns.headers().isEmpty() ? e.firstRecord : columns.headers();
            throw new ImportException(ContactImportEngine.message(e, source, headers), 0, e.line, ContactImportEngine.field(e, source, headers), false, e);
        } catch (IOException | SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } catch (Exception e) {
            db.rollback();
            throw new IllegalStateException(e);
        } finally {
            db.setAutoCommit(autoCommit);
        }
        long valid = counts[0] - counts[2];
        return new DncImportResult(counts[0], counts[1], valid - counts[1], counts[2], examples);
    }

    /** INSERT IGNORE: a number already listed keeps its first source; returns how many were new. */
    private static int insert(Connection db, List<String> numbers, String source, String addedBy) throws SQLException {
        StringBuilder sql = new StringBuilder("INSERT IGNORE INTO dnc_number (e164, source, added_by) VALUES ");
        for (int i = 0; i < numbers.size(); i++) sql.append(i == 0 ? "(?, ?, ?)" : ",(?, ?, ?)");
        try (PreparedStatement ps = db.prepareStatement(sql.toString())) {
            int p = 1;
            for (String n : numbers) {
                ps.setString(p++, n);
                ps.setString(p++, source);
                ps.setString(p++, addedBy);
            }
            int added = ps.executeUpdate();
            numbers.clear();
            return added;
        }
    }

    @Override
    public String add(Connection db, String number, String defaultRegion, String source, String addedBy) throws SQLException {
        if (number == null || number.isBlank()) throw new IllegalArgumentException("a number is required");
        if (source == null || source.isBlank() || addedBy == null || addedBy.isBlank()) throw new IllegalArgumentException("source and addedBy are required");
        String region = defaultRegion == null ? "ZZ" : defaultRegion.strip().toUpperCase(Locale.ROOT);
        PhoneNumbers.Result r = phones.normalize(number.strip(), region);
        if (r.e164 == null) throw new IllegalArgumentException("'" + number + "' is not a valid phone number: " + r.error);
        insert(db, new ArrayList<>(List.of(r.e164)), source, addedBy);
        return r.e164;
    }

    @Override
    public boolean remove(Connection db, String e164) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM dnc_number WHERE e164 = ?")) {
            ps.setString(1, e164);
            return ps.executeUpdate() > 0;
        }
    }

    @Override
    public boolean isListed(Connection db, String e164) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT 1 FROM dnc_number WHERE e164 = ?")) {
            ps.setString(1, e164);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    @Override
    public DoNotCallList load(Connection db) throws SQLException {
        return ImportStore.dnc(db);
    }
}
