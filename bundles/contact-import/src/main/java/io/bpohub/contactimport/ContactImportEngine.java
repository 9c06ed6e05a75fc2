package io.bpohub.contactimport;

import io.bpohub.api.contacts.ColumnMapping;
import io.bpohub.api.contacts.ContactImporter;
import io.bpohub.api.contacts.DoNotCallList;
import io.bpohub.api.contacts.FileFormat;
import io.bpohub.api.contacts.FilePreview;
import io.bpohub.api.contacts.ImportException;
import io.bpohub.api.contacts.ImportListener;
import io.bpohub.api.contacts.ImportProgress;
import io.bpohub.api.contacts.ImportReject;
import io.bpohub.api.contacts.ImportRequest;
import io.bpohub.api.contacts.ImportState;
import io.bpohub.api.contacts.ImportSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contact importer (decision 0011). One reader thread parses and qualifies rows in file order and
 * hands batches to the caller's thread, which writes each batch and the import's checkpoint in one
 * transaction; so parsing and libphonenumber run while the database writes the previous batch.
 * Stateless between calls: one instance serves every tenant.
 */
@Component(service = ContactImporter.class)
public final class ContactImportEngine implements ContactImporter {
    public static final int DEFAULT_BATCH_ROWS = 2000;
    /** How long a new import or a resume waits for the campaign's lock (a crashed session's lock lingers briefly). */
    static final int LOCK_WAIT_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(ContactImportEngine.class);
    private static final Object END = new Object();

    private final PhoneNumbers phones = new PhoneNumbers();
    private final int batchRows;
    /** Tests shorten it. */
    volatile int lockWaitSeconds = LOCK_WAIT_SECONDS;
    /** Whether to use the driver's bulk protocol when it has one (tests turn it off to cover the portable path). */
    volatile boolean bulkInserts = true;

    @Activate
    public ContactImportEngine() {
        this(DEFAULT_BATCH_ROWS);
    }

    /** @param batchRows rows per transaction (tests use small batches to crash between them) */
    public ContactImportEngine(int batchRows) {
        if (batchRows < 1 || batchRows > 10_000) throw new IllegalArgumentException("batch rows must be 1 to 10,000: " + batchRows);
        this.batchRows = batchRows;
    }

    @Override
    public FilePreview preview(Path file, FileFormat format, String charset, int rows) throws IOException, ImportException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(format, "format");
        if (rows < 0) throw new IllegalArgumentException("rows must not be negative: " + rows);
        String wanted = charsetName(charset);
        FileFacts facts = FileFacts.scan(file, format == FileFormat.CSV && ImportRequest.AUTO.equals(wanted));
        Charset cs = format == FileFormat.CSV ? (ImportRequest.AUTO.equals(wanted) ? facts.detected : Charset.forName(wanted)) : null;
        RowSource source = source(format, file, cs, facts);
        List<List<String>> out = new ArrayList<>();
        try (BundleContextLoader loader = BundleContextLoader.enter()) {
            source.read((row, line, cells) -> {
                if (out.size() >= rows) throw new Stop();
                out.add(Arrays.asList(cells));
            });
        } catch (Stop done) {
            // enough rows
        } catch (MalformedFileException e) {
            throw new ImportException(message(e, source, e.firstRecord), 0, e.line, field(e, source, e.firstRecord), false, e);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return new FilePreview(format, cs == null ? null : cs.name(), out);
    }

    @Override
    public ImportSummary run(ImportRequest request, Path file, Connection tenantDb, DoNotCallList agencyList, ImportListener listener)
            throws ImportException, IOException, SQLException {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(tenantDb, "tenantDb");
        if (!PhoneNumbers.isRegion(request.defaultRegion())) {
            throw new IllegalArgumentException("libphonenumber has no numbering plan for region " + request.defaultRegion());
        }
        boolean detect = request.format() == FileFormat.CSV && ImportRequest.AUTO.equals(request.charset());
        FileFacts facts = FileFacts.scan(file, detect);
        String charset = request.format() == FileFormat.CSV ? (detect ? facts.detected.name() : request.charset()) : null;
        try (CampaignLock lock = lock(tenantDb, request.campaignKey(), 0); Transactions tx = new Transactions(tenantDb)) {
            long id = ImportStore.create(tenantDb, request, facts, charset, MappingCodec.write(request.mapping()));
            tenantDb.commit();
            LOG.info("Contact import {} into campaign {} of {}: {} ({} bytes, {})", id, request.campaignKey(), request.tenant(),
                    request.fileName(), facts.size, charset == null ? "xlsx" : charset);
            (listener == null ? ImportListener.NONE : listener).started(id);
            return runStored(id, file, facts, request.startedBy(), tenantDb, agencyList, listener);
        }
    }

    @Override
    public ImportSummary resume(long importId, Path file, String resumedBy, Connection tenantDb, DoNotCallList agencyList,
                                ImportListener listener) throws ImportException, IOException, SQLException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(tenantDb, "tenantDb");
        if (resumedBy == null || resumedBy.isBlank()) throw new IllegalArgumentException("who resumes the import is required");
        ImportStore.Stored stored = ImportStore.load(tenantDb, importId);
        if (stored == null) throw new IllegalArgumentException("no contact import " + importId);
        if (stored.state != ImportState.RUNNING) return ImportStore.summary(tenantDb, stored);
        FileFacts facts = FileFacts.scan(file, false);
        if (!facts.sha256.equals(stored.sha256)) {
            throw new ImportException("import " + importId + " read a file with SHA-256 " + stored.sha256 + "; this file has " + facts.sha256
                    + " (resume it with the file it started with)", importId, 0, null, true, null);
        }
        try (CampaignLock lock = lock(tenantDb, stored.campaignKey, importId); Transactions tx = new Transactions(tenantDb)) {
            LOG.info("Resuming contact import {} after row {} ({} rows done)", importId, stored.checkpoint, stored.rowsRead);
            return runStored(importId, file, facts, resumedBy, tenantDb, agencyList, listener);
        }
    }

    /** {@link ImportRequest#AUTO} or the canonical name of a supported charset. */
    static String charsetName(String charset) {
        if (charset == null || charset.isBlank() || ImportRequest.AUTO.equalsIgnoreCase(charset.strip())) return ImportRequest.AUTO;
        try {
            return Charset.forName(charset.strip()).name();
        } catch (java.nio.charset.IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
            throw new IllegalArgumentException("unknown character set: " + charset);
        }
    }

    private CampaignLock lock(Connection c, String campaignKey, long importId) throws SQLException, ImportException {
        CampaignLock lock = CampaignLock.acquire(c, campaignKey, lockWaitSeconds);
        if (lock == null) {
            throw new ImportException("another import into campaign " + campaignKey + " is running", importId, 0, null, importId != 0, null);
        }
        return lock;
    }

    /**
     * Explicit transactions while the import runs, the caller's auto-commit back afterwards. As a resource its
     * failure on a dead connection is added to the import's own exception instead of hiding it.
     */
    private static final class Transactions implements AutoCloseable {
        private final Connection c;
        private final boolean autoCommit;

        Transactions(Connection c) throws SQLException {
            this.c = c;
            this.autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
        }

        @Override
        public void close() throws SQLException {
            if (c.isClosed()) return;
            try {
                c.rollback();  // nothing is pending on success; on failure, what is pending must not commit with the switch below
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    /**
     * Runs a RUNNING import from its checkpoint. A unique-key clash on contacts (another writer added a number
     * to the campaign meanwhile) is resolved by going again from the checkpoint, which then sees that number.
     */
    private ImportSummary runStored(long id, Path file, FileFacts facts, String by, Connection c, DoNotCallList agencyList,
                                    ImportListener listener) throws ImportException, IOException, SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                // read under the campaign lock: a concurrent resume may have finished it meanwhile
                ImportStore.Stored stored = ImportStore.load(c, id);
                if (stored.state != ImportState.RUNNING) return ImportStore.summary(c, stored);
                return execute(stored, file, facts, by, c, agencyList, listener == null ? ImportListener.NONE : listener);
            } catch (SQLException e) {
                if (!duplicateKey(e)) throw e;
                c.rollback();
                if (attempt == 3) throw e;
                LOG.info("Contact import {}: a number was added to the campaign meanwhile ({}); going on from the checkpoint", id, e.getMessage());
            }
        }
    }

    /** A unique-key clash (MariaDB error 1062), also when it comes wrapped in a batch failure. */
    static boolean duplicateKey(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException && ((SQLException) t).getErrorCode() == 1062) return true;
            if (t instanceof java.sql.SQLIntegrityConstraintViolationException && ((SQLException) t).getErrorCode() == 0) return true;
        }
        return false;
    }

    private RowSource source(FileFormat format, Path file, Charset charset, FileFacts facts) {
        return format == FileFormat.CSV ? new CsvSource(file, charset, facts.bomFor(charset), facts.size) : new XlsxSource(file);
    }

    /** Thrown by the reader's sink to stop reading (preview has its rows; the writer has stopped). */
    private static final class Stop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stop() {
            super(null, null, false, false);
        }
    }

    /** Rows handed from the reader to the writer; {@code lastRow} is the checkpoint once written. */
    private static final class Batch {
        final List<Rows.Accepted> accepted = new ArrayList<>();
        final List<Rows.Rejected> rejected = new ArrayList<>();
        long lastRow;
        long bytesRead;

        Batch(long lastRow) {
            this.lastRow = lastRow;
        }

        int size() {
            return accepted.size() + rejected.size();
        }
    }

    private static final class Failure {
        final Throwable cause;

        Failure(Throwable cause) {
            this.cause = cause;
        }
    }

    private ImportSummary execute(ImportStore.Stored s, Path file, FileFacts facts, String by, Connection c, DoNotCallList agencyList,
                                  ImportListener listener) throws ImportException, IOException, SQLException {
        ColumnMapping mapping = MappingCodec.read(s.mappingJson);
        RowSource source = source(s.format, file, s.format == FileFormat.CSV ? Charset.forName(s.charset) : null, facts);
        // sized for the file's rows (about 64 bytes a row or more); grows beyond 2 million
        NumberMap claimed = new NumberMap((int) Math.min(1 << 21, Math.max(1 << 12, facts.size / 64)));
        ImportStore.loadClaims(c, s.id, claimed);
        NumberMap inCampaign = ImportStore.campaignNumbers(c, s.campaignKey, s.id);
        NumberSet tenantDnc = ImportStore.dnc(c);
        c.commit();
        Classifier classifier = new Classifier(mapping, s.defaultRegion, s.strict, s.format == FileFormat.CSV, s.campaignKey, phones,
                claimed, inCampaign, tenantDnc, agencyList);

        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(4);
        Reader reader = new Reader(source, classifier, mapping, s.checkpoint, queue, batchRows);
        Thread thread = new Thread(reader, "contact-import-" + s.id);
        thread.setDaemon(true);
        // the reader runs POI (XLSX): see BundleContextLoader
        thread.setContextClassLoader(BundleContextLoader.class.getClassLoader());
        thread.start();
        long rowsRead = s.rowsRead;
        long accepted = s.accepted;
        long rejected = s.rejected;
        long checkpoint = s.checkpoint;
        java.util.Set<io.bpohub.api.contacts.ContactField> mapped = java.util.EnumSet.noneOf(io.bpohub.api.contacts.ContactField.class);
        for (ColumnMapping.Column column : mapping.columns()) mapped.add(column.field());
        try (ImportStore.BatchWriter writer = new ImportStore.BatchWriter(c, s.id, s.campaignKey, s.startedBy, mapped, bulkInserts)) {
            long waitNanos = 0;
            long writeNanos = 0;
            while (true) {
                Object item;
                long t0 = System.nanoTime();
                try {
                    item = queue.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new ImportException("import " + s.id + " was interrupted after row " + checkpoint + "; resume it", s.id, 0, null, true, e);
                }
                long t1 = System.nanoTime();
                waitNanos += t1 - t0;
                if (item instanceof Batch) {
                    Batch b = (Batch) item;
                    if (b.size() == 0 && b.lastRow == checkpoint) continue;
                    writer.contacts(b.accepted);
                    writer.rejects(b.rejected);
                    String headers = classifier.headers().isEmpty() ? null : Json.strings(classifier.headers());
                    writer.checkpoint(rowsRead + b.size(), accepted + b.accepted.size(), rejected + b.rejected.size(), b.lastRow, headers, checkpoint);
                    c.commit();
                    writeNanos += System.nanoTime() - t1;
                    rowsRead += b.size();
                    accepted += b.accepted.size();
                    rejected += b.rejected.size();
                    checkpoint = b.lastRow;
                    try {
                        listener.progress(new ImportProgress(s.id, rowsRead, accepted, rejected, b.bytesRead, source.bytesTotal()));
                    } catch (RuntimeException e) {
                        throw new ImportException("import " + s.id + " stopped after row " + checkpoint + " (" + e.getMessage() + "); resume it",
                                s.id, 0, null, true, e);
                    }
                } else if (item == END) {
                    BigDecimal rate = rowsRead == 0 ? null
                            : BigDecimal.valueOf(accepted).divide(BigDecimal.valueOf(rowsRead), ImportSummary.RATE_SCALE, ImportSummary.RATE_ROUNDING);
                    ImportStore.complete(c, s.id, rate, classifier.headers().isEmpty() ? null : Json.strings(classifier.headers()), by);
                    c.commit();
                    // where the time went: waiting for the reader (parsing, qualification) or writing (the database)
                    LOG.info("Contact import {} completed: {} rows, {} accepted, {} rejected; {} ms waiting for rows, {} ms writing ({})",
                            s.id, rowsRead, accepted, rejected, waitNanos / 1_000_000, writeNanos / 1_000_000,
                            writer.bulk() ? "bulk" : "multi-row inserts");
                    return ImportStore.summary(c, ImportStore.load(c, s.id));
                } else {
                    Throwable cause = ((Failure) item).cause;
                    if (cause instanceof MalformedFileException) {
                        MalformedFileException m = (MalformedFileException) cause;
                        // the parser may fail before it hands over the header row (it reads ahead): then the scan found it
                        List<String> headers = !classifier.headers().isEmpty() || !mapping.headerRow() ? classifier.headers() : m.firstRecord;
                        String message = message(m, source, headers);
                        c.rollback();
                        ImportStore.fail(c, s.id, message, by);
                        c.commit();
                        LOG.info("Contact import {} failed, nothing applied: {}", s.id, message);
                        throw new ImportException(message, s.id, m.line, field(m, source, headers), false, m);
                    }
                    if (cause instanceof IOException) throw (IOException) cause;
                    if (cause instanceof RuntimeException) throw (RuntimeException) cause;
                    if (cause instanceof Error) throw (Error) cause;
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            reader.stop = true;
            queue.clear();  // a reader blocked on a full queue sees the stop flag
            try {
                thread.join(TimeUnit.SECONDS.toMillis(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static String field(MalformedFileException m, RowSource source, List<String> headers) {
        if (m.field != null) return m.field;
        if (m.column < 0) return null;
        return m.column < headers.size() && !headers.get(m.column).isEmpty() ? headers.get(m.column) : "column " + source.columnLabel(m.column);
    }

    /** "line 12, field 'notes' (column 7): a quoted field is never closed (the file ends inside it)". */
    static String message(MalformedFileException m, RowSource source, List<String> headers) {
        StringBuilder text = new StringBuilder();
        if (m.line > 0) text.append(source instanceof XlsxSource ? "row " : "line ").append(m.line);
        if (m.field != null) {
            text.append(text.length() > 0 ? ", " : "").append("field '").append(m.field).append('\'');
        } else if (m.column >= 0) {
            text.append(text.length() > 0 ? ", " : "").append("field ");
            if (m.column < headers.size() && !headers.get(m.column).isEmpty()) {
                text.append('\'').append(headers.get(m.column)).append("' (column ").append(source.columnLabel(m.column)).append(')');
            } else {
                text.append("column ").append(source.columnLabel(m.column));
            }
        }
        return text.append(text.length() > 0 ? ": " : "").append(m.getMessage()).toString();
    }

    /** Parses and qualifies rows in file order and queues them in batches. */
    private static final class Reader implements Runnable {
        private final RowSource source;
        private final Classifier classifier;
        private final ColumnMapping mapping;
        private final long checkpoint;
        private final BlockingQueue<Object> queue;
        private final int batchRows;
        volatile boolean stop;
        private Batch batch;

        Reader(RowSource source, Classifier classifier, ColumnMapping mapping, long checkpoint, BlockingQueue<Object> queue, int batchRows) {
            this.source = source;
            this.classifier = classifier;
            this.mapping = mapping;
            this.checkpoint = checkpoint;
            this.queue = queue;
            this.batchRows = batchRows;
            this.batch = new Batch(checkpoint);
        }

        private void put(Object item) throws InterruptedException {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (stop) throw new Stop();
            }
        }

        @Override
        public void run() {
            try {
                source.read(this::row);
                if (!classifier.resolved()) throw new MalformedFileException(mapping.headerRow() ? "the file has no header row (it is empty)"
                        : "the file is empty", 0, -1, null);
                batch.bytesRead = source.bytesRead();
                put(batch);
                put(END);
            } catch (Stop stopped) {
                // the writer has stopped
            } catch (Throwable t) {
                try {
                    put(new Failure(t));
                } catch (Stop | InterruptedException ignored) {
                    // the writer has stopped
                }
            }
        }

        private void row(long row, long line, String[] cells) throws Exception {
            if (stop) throw new Stop();
            if (!classifier.resolved()) {
                if (Classifier.blank(cells)) return;
                if (mapping.headerRow()) {
                    classifier.header(cells);
                    return;
                }
                classifier.positions(cells.length);
            }
            if (row <= checkpoint) return;  // written before the interruption
            batch.lastRow = row;
            if (Classifier.blank(cells)) return;
            Object outcome = classifier.classify(row, line, cells);
            if (outcome instanceof Rows.Accepted) batch.accepted.add((Rows.Accepted) outcome);
            else batch.rejected.add((Rows.Rejected) outcome);
            if (batch.size() >= batchRows) {
                batch.bytesRead = source.bytesRead();
                put(batch);
                batch = new Batch(row);
            }
        }
    }

    @Override
    public Optional<ImportSummary> summary(Connection tenantDb, long importId) throws SQLException {
        ImportStore.Stored s = ImportStore.load(tenantDb, importId);
        return s == null ? Optional.empty() : Optional.of(ImportStore.summary(tenantDb, s));
    }

    @Override
    public List<ImportSummary> imports(Connection tenantDb, String campaignKey, ImportState state, int limit) throws SQLException {
        List<ImportSummary> out = new ArrayList<>();
        for (ImportStore.Stored s : ImportStore.list(tenantDb, campaignKey, state, limit)) out.add(ImportStore.summary(tenantDb, s));
        return out;
    }

    @Override
    public List<ImportReject> rejects(Connection tenantDb, long importId, long afterRow, int limit) throws SQLException {
        return ImportStore.rejects(tenantDb, importId, afterRow, limit);
    }
}
