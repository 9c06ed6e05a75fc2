package io.bpohub.documents;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** RFC 4180 CSV: comma, double-quote quoting where needed, CRLF; UTF-8 with a BOM so Excel reads Chinese text. */
final class CsvTables {
    private static final char BOM = '\uFEFF';

    private CsvTables() {
    }

    static void write(List<String> headers, Iterator<? extends List<?>> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        // not closed: closing the printer would close the caller's stream
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        List<String> head = new ArrayList<>(headers.size());
        for (String h : headers) head.add(CellValues.header(h));
        printer.printRecord(head);
        List<String> record = new ArrayList<>();
        while (rows.hasNext()) {
            List<?> row = rows.next();
            record.clear();
            if (row != null) for (Object value : row) record.add(text(CellValues.of(value)));
            printer.printRecord(record);
        }
        printer.flush();
    }

    private static String text(Object cell) {
        if (cell == null) return null;
        if (cell instanceof BigDecimal) return ((BigDecimal) cell).toPlainString();
        // shortest decimal that reads back as the same double, without exponent
        if (cell instanceof Double) return new BigDecimal(Double.toString((Double) cell)).toPlainString();
        return cell.toString();
    }
}
