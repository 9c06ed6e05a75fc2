package io.bpohub.contactimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first worksheet of an .xlsx workbook through Apache POI's streaming (SAX) reader: the sheet XML
 * is parsed as it is inflated and only the current row is held, so a million-row workbook never sits
 * in memory (the shared-strings table does, as POI reads it). Cells are read as Excel shows them,
 * except that numbers in the General format keep every digit: a phone number typed as a number
 * (13800138000, 8613800138000) must not turn into 1.38E+10.
 */
final class XlsxSource implements RowSource {
    private final Path file;
    private volatile CountingInputStream counted;
    private volatile long total = -1;

    XlsxSource(Path file) {
        this.file = file;
    }

    /** Thrown through the SAX parser to carry the sink's own exception out unchanged. */
    private static final class SinkFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SinkFailure(Exception cause) {
            super(cause);
        }
    }

    @Override
    public void read(RowSink sink) throws Exception {
        Rows rows = new Rows(sink);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (OpenXML4JException | OpenXML4JRuntimeException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new MalformedFileException("not an Excel .xlsx workbook (" + e.getMessage() + ")", 0, -1, e);
        }
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) throw new MalformedFileException("the workbook has no worksheet", 0, -1, null);
            try (InputStream sheet = sheets.next()) {
                long size = sheets.getSheetPart().getSize();
                total = size > 0 ? size : -1;
                counted = new CountingInputStream(sheet);
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new PlainNumbers(), false));
                xml.parse(new InputSource(counted));
            }
        } catch (SinkFailure e) {
            throw (Exception) e.getCause();
        } catch (SAXException | OpenXML4JException | OpenXML4JRuntimeException | org.apache.poi.ooxml.POIXMLException e) {
            if (e.getCause() instanceof SinkFailure) throw (Exception) e.getCause().getCause();
            throw new MalformedFileException("damaged workbook (" + e.getMessage() + ")", rows.current + 1, -1, e);
        } catch (IOException e) {
            if (e.getCause() instanceof SinkFailure) throw (Exception) e.getCause().getCause();
            throw e;
        } finally {
            pkg.revert();  // opened read-only: close without writing anything back
        }
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
        return CellReference.convertNumToColString(index);
    }

    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowSink sink;
        private final List<String> cells = new ArrayList<>();
        long current;

        Rows(RowSink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            current = rowNum + 1L;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            try {
                sink.row(rowNum + 1L, rowNum + 1L, cells.toArray(new String[0]));
            } catch (Exception e) {
                throw new SinkFailure(e);
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
            while (cells.size() < column) cells.add("");
            if (cells.size() == column) cells.add(value == null ? "" : value);
            else cells.set(column, value == null ? "" : value);
        }

        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length(); i++) {
                char c = reference.charAt(i);
                if (c < 'A' || c > 'Z') break;
                column = column * 26 + (c - 'A' + 1);
            }
            return column - 1;
        }
    }

    /** Excel's display, but whole numbers in the General format in full (phone numbers, ids). */
    private static final class PlainNumbers extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            boolean general = formatIndex == 0 || "General".equalsIgnoreCase(formatString);
            if (general && value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
