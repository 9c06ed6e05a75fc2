package io.bpohub.documents;

import io.bpohub.api.documents.TableWriter;
import org.osgi.service.component.annotations.Component;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

/**
 * Writes tables as CSV (Commons CSV) or XLSX (POI's streaming workbook). Both formats take their cell
 * values from {@link CellValues}, so a number, a date or a formula-like text comes out the same way in
 * either. The caller's stream is flushed, never closed.
 */
@Component(service = TableWriter.class)
public final class SpreadsheetTableWriter implements TableWriter {
    @Override
    public void write(Format format, String sheet, List<String> headers, Iterator<? extends List<?>> rows, OutputStream out) throws IOException {
        if (format == null || headers == null || rows == null || out == null) {
            throw new IllegalArgumentException("a table needs a format, headers, rows and an output stream");
        }
        switch (format) {
            case CSV:
                CsvTables.write(headers, rows, out);
                break;
            case XLSX:
                try (BundleContextLoader ignored = BundleContextLoader.enter()) {
                    XlsxTables.write(sheet, headers, rows, out);
                }
                break;
            default:
                throw new IllegalArgumentException("unknown table format " + format);
        }
    }
}
