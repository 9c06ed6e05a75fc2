package io.bpohub.documents;

import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * XLSX through POI's streaming workbook: only {@link #WINDOW} rows are in memory, the rest go to a
 * temporary file that is deleted when the workbook is written (or fails). Cells are typed from
 * {@link CellValues}: text is always a string cell (never a formula), numbers numeric cells.
 */
final class XlsxTables {
    static final int WINDOW = 100;
    /** Excel's limit on a sheet; beyond it the file would not open. */
    private static final int MAX_ROWS = 1_048_576;
    /** Excel shows at most 30 decimals in a number format. */
    private static final int MAX_SCALE_FORMAT = 30;

    private XlsxTables() {
    }

    static void write(String sheetName, List<String> headers, Iterator<? extends List<?>> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            workbook.setCompressTempFiles(true);
            // POI's default (Zip64 always) writes 8-byte data descriptors without a Zip64 extra field,
            // which streaming zip readers such as java.util.zip.ZipInputStream misread. Plain entries
            // are what Excel writes; a sheet XML of 4 GiB or more (4 KB a row at Excel's row limit)
            // fails with Zip64RequiredException instead
            workbook.setZip64Mode(Zip64Mode.AsNeeded);
            SXSSFSheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(sheetName == null || sheetName.isBlank() ? "Sheet1" : sheetName));
            Styles styles = new Styles(workbook);

            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                String text = CellValues.header(headers.get(c));
                Cell cell = head.createCell(c);
                cell.setCellValue(text);
                cell.setCellStyle(styles.header);
                // a width from the header: auto-sizing would need every row in memory (and AWT fonts)
                sheet.setColumnWidth(c, Math.min(255, Math.max(12, text.length() + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);

            int r = 1;
            while (rows.hasNext()) {
                List<?> values = rows.next();
                if (r >= MAX_ROWS) throw new IllegalArgumentException("an XLSX sheet holds at most " + (MAX_ROWS - 1) + " rows; use CSV");
                Row row = sheet.createRow(r++);
                if (values == null) continue;
                for (int c = 0; c < values.size(); c++) {
                    Object value = CellValues.of(values.get(c));
                    if (value != null) set(row.createCell(c), value, styles);
                }
            }
            // POI's write does not close the stream, but the caller owns it whatever POI does
            workbook.write(CloseShieldOutputStream.wrap(out));
            out.flush();
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static void set(Cell cell, Object value, Styles styles) {
        if (value instanceof BigDecimal) {
            BigDecimal number = (BigDecimal) value;
            double d = number.doubleValue();
            // POI writes Double.toString(d); only when that reads back as the same decimal is the cell exact
            if (Double.isFinite(d) && new BigDecimal(Double.toString(d)).compareTo(number) == 0) {
                cell.setCellValue(d);
                CellStyle style = styles.scale(number.scale());
                if (style != null) cell.setCellStyle(style);
            } else {
                // digits only (from a BigDecimal), so there is nothing to neutralise; exact beats numeric
                cell.setCellValue(number.toPlainString());
            }
        } else if (value instanceof Double) {
            cell.setCellValue((Double) value);
        } else if (value instanceof Boolean) {
            cell.setCellValue((Boolean) value);
        } else {
            cell.setCellValue((String) value); // a string cell: shown as text, never evaluated
        }
    }

    /** Cell styles are workbook-wide and limited in number, so each is made once. */
    private static final class Styles {
        private final SXSSFWorkbook workbook;
        private final CellStyle header;
        private final Map<Integer, CellStyle> byScale = new HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
        }

        /** "0.00" for a scale of 2, so 800.00 shows as 800.00 and not 800; null for integers. */
        CellStyle scale(int scale) {
            if (scale <= 0) return null;
            int digits = Math.min(scale, MAX_SCALE_FORMAT);
            return byScale.computeIfAbsent(digits, d -> {
                CellStyle style = workbook.createCellStyle();
                style.setDataFormat(workbook.createDataFormat().getFormat("0." + "0".repeat(d)));
                return style;
            });
        }
    }
}
