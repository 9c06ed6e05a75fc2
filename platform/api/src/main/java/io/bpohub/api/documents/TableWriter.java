package io.bpohub.api.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Writes tables for people to open in a spreadsheet. Streams: rows are pulled one at a time, so a
 * million-row export does not sit in memory. A text cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) is written so that it shows as text and never runs.
 * Numbers ({@link java.math.BigDecimal}, integers) stay numbers; {@link java.time.temporal.Temporal}
 * values are written in ISO form; null is an empty cell.
 */
public interface TableWriter {
    enum Format { CSV, XLSX }

    /** @param sheet the worksheet name (XLSX) or ignored (CSV, which is UTF-8 with a BOM so Excel reads Chinese text) */
    void write(Format format, String sheet, List<String> headers, Iterator<? extends List<?>> rows, OutputStream out) throws IOException;
}
