package io.bpohub.contactimport;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file through Apache Commons CSV (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks), decoded strictly: a byte that is not text in the file's charset is an error, never a
 * replacement character. On any error the file is scanned once more by {@link #diagnose} to name the
 * line and the field, which the parser's own message does not.
 */
final class CsvSource implements RowSource {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    private final Path file;
    private final Charset charset;
    private final int skip;
    private final long total;
    private CountingInputStream counted;

    /** @param skip bytes of a byte-order mark to skip */
    CsvSource(Path file, Charset charset, int skip, long total) {
        this.file = file;
        this.charset = charset;
        this.skip = skip;
        this.total = total;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public void read(RowSink sink) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            counted = new CountingInputStream(new BufferedInputStream(in, 1 << 16));
            counted.skipNBytes(skip);
            Reader reader = new InputStreamReader(counted, strict(charset));
            CSVParser parser = FORMAT.parse(reader);
            Iterator<CSVRecord> records = parser.iterator();
            long linesBefore = 0;
            while (true) {
                CSVRecord record;
                try {
                    if (!records.hasNext()) break;
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw malformed(e, linesBefore + 1);
                }
                long line = linesBefore + 1;
                linesBefore = parser.getCurrentLineNumber();
                sink.row(record.getRecordNumber(), line, record.values());
            }
        }
    }

    private MalformedFileException malformed(RuntimeException e, long line) throws IOException {
        MalformedFileException found = diagnose(file, charset, skip);
        if (found != null) return found;
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String what = cause instanceof CharacterCodingException ? "bytes that are not " + charset.name() + " text" : cause.getMessage();
        return new MalformedFileException(what, line, -1, e);
    }

    @Override
    public long bytesRead() {
        CountingInputStream c = counted;
        return c == null ? 0 : c.count();
    }

    @Override
    public long bytesTotal() {
        return total;
    }

    @Override
    public String columnLabel(int index) {
        return String.valueOf(index + 1);
    }

    /**
     * The first place the file breaks RFC 4180 or its charset, with the line and the 0-based field, or
     * null if there is none. A separate, simple pass: it runs only after the parser failed.
     */
    static MalformedFileException diagnose(Path file, Charset charset, int skip) throws IOException {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        long line = 1;
        int field = 0;
        boolean inQuotes = false;
        boolean afterClosingQuote = false;
        boolean atFieldStart = true;
        long quoteLine = 0;
        int quoteField = 0;
        char previous = 0;
        // the cells of the first record, to name fields by header when the parser failed before handing it over
        List<String> first = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean inFirst = true;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(skip);
            boolean eof = false;
            while (true) {
                if (!eof) {
                    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                    if (n < 0) eof = true;
                    else bytes.position(bytes.position() + n);
                }
                bytes.flip();
                CoderResult result = decoder.decode(bytes, chars, eof);
                bytes.compact();
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    boolean lineBreak = c == '\n' && previous != '\r' || c == '\r';
                    boolean text = false;
                    if (inQuotes) {
                        if (c == '"') {
                            inQuotes = false;
                            afterClosingQuote = true;
                        } else {
                            text = true;
                            if (lineBreak) line++;
                        }
                    } else if (afterClosingQuote && c == '"') {
                        inQuotes = true;  // "" is an escaped quote inside the quoted field
                        afterClosingQuote = false;
                        text = true;
                    } else if (c == ',') {
                        field++;
                        atFieldStart = true;
                        afterClosingQuote = false;
                        if (inFirst) {
                            first.add(cell.toString());
                            cell.setLength(0);
                        }
                    } else if (c == '\n' || c == '\r') {
                        if (lineBreak) line++;
                        field = 0;
                        atFieldStart = true;
                        afterClosingQuote = false;
                        if (inFirst) {
                            first.add(cell.toString());
                            inFirst = false;
                        }
                    } else if (afterClosingQuote) {
                        return located("text after the closing quote of a quoted field (a quote inside a quoted field must be doubled)",
                                line, field, first, inFirst);
                    } else if (c == '"' && atFieldStart) {
                        inQuotes = true;
                        quoteLine = line;
                        quoteField = field;
                        atFieldStart = false;
                    } else {
                        atFieldStart = false;
                        text = true;
                    }
                    if (text && inFirst) cell.append(c);
                    previous = c;
                }
                chars.clear();
                if (result.isError()) {
                    return located("bytes that are not " + charset.name() + " text", line, field, first, inFirst);
                }
                if (eof && result.isUnderflow()) {
                    CoderResult flush = decoder.flush(chars);
                    if (flush.isError()) return located("the file ends inside a character", line, field, first, inFirst);
                    break;
                }
            }
        }
        if (inQuotes) return located("a quoted field is never closed (the file ends inside it)", quoteLine, quoteField, first, inFirst);
        return null;
    }

    private static MalformedFileException located(String message, long line, int field, List<String> first, boolean inFirst) {
        MalformedFileException e = new MalformedFileException(message, line, field, null);
        if (!inFirst) e.firstRecord = List.copyOf(first);
        return e;
    }
}
