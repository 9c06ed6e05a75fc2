package io.bpohub.documents;

import io.bpohub.api.documents.TableWriter.Format;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.Test;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

public class XlsxTableTest {
    private static XSSFWorkbook read(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static void assertNoFormulaCells(XSSFSheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) assertFalse("formula in " + cell.getAddress(), cell.getCellType() == CellType.FORMULA);
        }
    }

    /** The worksheet XML, which must not contain a single formula element. */
    private static String sheetXml(byte[] xlsx) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no sheet1.xml");
    }

    @Test
    public void headerIsBoldAndFrozenAndCellsAreTyped() throws IOException {
        byte[] xlsx = Tables.write(Format.XLSX, "Charges 2026-11", Tables.HEADERS, Tables.awkwardRows());
        try (XSSFWorkbook book = read(xlsx)) {
            XSSFSheet sheet = book.getSheet("Charges 2026-11");
            assertNotNull(sheet);
            assertEquals(3, sheet.getLastRowNum());
            Row head = sheet.getRow(0);
            for (int c = 0; c < Tables.HEADERS.size(); c++) {
                assertEquals(Tables.HEADERS.get(c), head.getCell(c).getStringCellValue());
                assertTrue(book.getFontAt(head.getCell(c).getCellStyle().getFontIndex()).getBold());
            }
            PaneInformation pane = sheet.getPaneInformation();
            assertTrue(pane.isFreezePane());
            assertEquals(1, pane.getHorizontalSplitPosition());
            assertEquals(0, pane.getVerticalSplitPosition());

            Row first = sheet.getRow(1);
            assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
            assertEquals(1.0, first.getCell(0).getNumericCellValue(), 0);
            assertEquals("北京科技有限公司", first.getCell(1).getStringCellValue());
            assertEquals("comma, \"quoted\" and\r\ntwo lines", first.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, first.getCell(3).getCellType());
            assertEquals(new BigDecimal("1234.50"), new BigDecimal(Double.toString(first.getCell(3).getNumericCellValue())).setScale(2));
            assertEquals("0.00", first.getCell(3).getCellStyle().getDataFormatString()); // shows 1234.50, not 1234.5
            assertEquals(CellType.STRING, first.getCell(4).getCellType());
            assertEquals("2026-11-30", first.getCell(4).getStringCellValue());
            assertEquals(CellType.BOOLEAN, first.getCell(5).getCellType());
            assertTrue(first.getCell(5).getBooleanCellValue());

            Row second = sheet.getRow(2);
            assertEquals("", second.getCell(2).getStringCellValue());
            assertEquals(-5.25, second.getCell(3).getNumericCellValue(), 0);
            assertEquals("2026-11-30T10:15:30Z", second.getCell(4).getStringCellValue());

            Row third = sheet.getRow(3);
            assertEquals("Ünïcødé — ÅÄÖ", third.getCell(1).getStringCellValue());
            assertNull("null is an empty cell", third.getCell(2));
            assertEquals(CellType.NUMERIC, third.getCell(3).getCellType());
            assertEquals(0.00000001, third.getCell(3).getNumericCellValue(), 0);
            assertEquals("0.00000000", third.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("2026-11-30T18:15:30+08:00", third.getCell(4).getStringCellValue());
            assertNull(third.getCell(5));
            assertNoFormulaCells(sheet);
        }
    }

    @Test
    public void numbersAreExactOrTextNeverRounded() throws IOException {
        BigDecimal tooPrecise = new BigDecimal("12345678901234567.12345678"); // DECIMAL(24,8) can hold it, a double cannot
        List<List<?>> rows = List.of(Arrays.asList(new BigDecimal("0.1"), new BigDecimal("99999999999.99"), tooPrecise,
                9007199254740993L, Integer.MAX_VALUE, new BigDecimal("-0.00")));
        try (XSSFWorkbook book = read(Tables.write(Format.XLSX, null, List.of("a", "b", "c", "d", "e", "f"), rows))) {
            Row row = book.getSheetAt(0).getRow(1);
            assertEquals("Sheet1", book.getSheetName(0));
            assertEquals(CellType.NUMERIC, row.getCell(0).getCellType());
            assertEquals(0.1, row.getCell(0).getNumericCellValue(), 0);
            assertEquals(CellType.NUMERIC, row.getCell(1).getCellType());
            assertEquals(0, new BigDecimal(Double.toString(row.getCell(1).getNumericCellValue())).compareTo(new BigDecimal("99999999999.99")));
            // beyond a double's digits: kept exact as text rather than silently changed
            assertEquals(CellType.STRING, row.getCell(2).getCellType());
            assertEquals("12345678901234567.12345678", row.getCell(2).getStringCellValue());
            assertEquals(CellType.STRING, row.getCell(3).getCellType());
            assertEquals("9007199254740993", row.getCell(3).getStringCellValue());
            assertEquals(CellType.NUMERIC, row.getCell(4).getCellType());
            assertEquals(Integer.MAX_VALUE, row.getCell(4).getNumericCellValue(), 0);
            assertEquals(CellType.NUMERIC, row.getCell(5).getCellType());
            assertEquals(0.0, row.getCell(5).getNumericCellValue(), 0);
        }
    }

    @Test
    public void formulaLikeTextIsAStringCellStartingWithAQuote() throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (String formula : Tables.FORMULAS) rows.add(List.of(formula));
        byte[] xlsx = Tables.write(Format.XLSX, "=evil", List.of("=SUM(A2:A9)"), rows);
        try (XSSFWorkbook book = read(xlsx)) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertEquals("'=SUM(A2:A9)", sheet.getRow(0).getCell(0).getStringCellValue());
            for (int i = 0; i < Tables.FORMULAS.size(); i++) {
                XSSFCell cell = sheet.getRow(i + 1).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals("'" + Tables.FORMULAS.get(i), cell.getStringCellValue());
            }
            assertNoFormulaCells(sheet);
        }
        String xml = sheetXml(xlsx);
        assertFalse(xml, xml.contains("<f>") || xml.contains("<f "));
    }

    @Test
    public void csvAndXlsxWriteTheSameValues() throws IOException {
        List<List<?>> rows = new ArrayList<>(Tables.awkwardRows());
        for (String formula : Tables.FORMULAS) rows.add(Arrays.asList(formula, -1, new BigDecimal("2.50"), LocalDate.parse("2026-01-02")));
        List<String> csvCells = new ArrayList<>();
        String csv = new String(Tables.write(Format.CSV, null, Tables.HEADERS, rows), java.nio.charset.StandardCharsets.UTF_8).substring(1);
        try (org.apache.commons.csv.CSVParser parser = org.apache.commons.csv.CSVParser.parse(csv, org.apache.commons.csv.CSVFormat.RFC4180)) {
            parser.forEach(r -> csvCells.addAll(r.toList()));
        }
        List<String> xlsxCells = new ArrayList<>();
        try (XSSFWorkbook book = read(Tables.write(Format.XLSX, null, Tables.HEADERS, rows))) {
            XSSFSheet sheet = book.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                int width = r == 0 ? Tables.HEADERS.size() : rows.get(r - 1).size();
                for (int c = 0; c < width; c++) xlsxCells.add(text(row.getCell(c)));
            }
        }
        assertEquals(csvCells, xlsxCells);
    }

    /** A cell as CSV prints it: numbers in plain decimal at their style's scale. */
    private static String text(Cell cell) {
        if (cell == null) return "";
        switch (cell.getCellType()) {
            case NUMERIC:
                BigDecimal n = new BigDecimal(Double.toString(cell.getNumericCellValue()));
                String format = cell.getCellStyle().getDataFormatString();
                int scale = format.startsWith("0.") ? format.length() - 2 : 0;
                return n.setScale(scale).toPlainString();
            case BOOLEAN:
                return Boolean.toString(cell.getBooleanCellValue());
            default:
                return cell.getStringCellValue();
        }
    }

    @Test
    public void twoHundredThousandRowsStreamThroughAWindowAndLeaveNoTemporaryFiles() throws IOException, XMLStreamException {
        int count = 200_000;
        File poiTemp = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        int before = sxssfTempFiles(poiTemp);
        // rows are made on demand, as a database cursor would hand them over
        Iterator<List<?>> rows = new Iterator<>() {
            int next = 1;

            @Override
            public boolean hasNext() {
                return next <= count;
            }

            @Override
            public List<?> next() {
                if (!hasNext()) throw new NoSuchElementException();
                int i = next++;
                return Arrays.asList((long) i, "tenant " + (i % 100), new BigDecimal(i).movePointLeft(2), LocalDate.of(2026, 11, 1 + i % 30));
            }
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SpreadsheetTableWriter().write(Format.XLSX, "big", List.of("id", "tenant", "amount", "day"), rows, out);
        assertFalse(rows.hasNext());
        assertEquals("temporary sheet files are deleted", before, sxssfTempFiles(poiTemp));

        // count the rows with a StAX pass over the sheet XML instead of loading 800,000 cells
        int[] seen = {0};
        String[] lastRef = {null};
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.getName().equals("xl/worksheets/sheet1.xml")) continue;
                XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(new NonClosing(zip));
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
                        seen[0]++;
                        lastRef[0] = xml.getAttributeValue(null, "r");
                    }
                    if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("f")) {
                        throw new AssertionError("formula element in the sheet");
                    }
                }
            }
        }
        assertEquals(count + 1, seen[0]);
        assertEquals(Integer.toString(count + 1), lastRef[0]);
    }

    @Test
    public void aFailingRowSourceStillDeletesTheTemporaryFiles() {
        File poiTemp = new File(System.getProperty("java.io.tmpdir"), "poifiles");
        int before = sxssfTempFiles(poiTemp);
        Iterator<List<?>> failing = new Iterator<>() {
            int n;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public List<?> next() {
                if (++n > 500) throw new IllegalStateException("database went away");
                return List.of(n);
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SpreadsheetTableWriter().write(Format.XLSX, "x", List.of("n"), failing, OutputStream.nullOutputStream()));
        assertEquals("database went away", e.getMessage());
        assertEquals(before, sxssfTempFiles(poiTemp));
    }

    private static int sxssfTempFiles(File dir) {
        String[] names = dir.list((d, name) -> name.startsWith("poi-sxssf-"));
        return names == null ? 0 : names.length;
    }

    /** Lets the StAX reader close its input without closing the zip entry stream under it. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
