package org.parcelwatch.api.application.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a register as an Office Open XML workbook (.xlsx) with Apache POI's streaming writer (SXSSF): only the last
 * {@link #ROW_WINDOW} rows are in memory, the others are flushed to a compressed temporary file, which
 * {@link SXSSFWorkbook#close()} deletes. Typed cells (dates as date cells, amounts as numbers shown with two
 * decimals), a bold frozen header row, and column widths from the longest header or value (SXSSF cannot size
 * columns from rows it has flushed, so the writer measures each value as it writes it). Strings are written inline,
 * not into a shared-string table that would grow with the file. A register longer than a sheet continues on
 * further sheets, each with its header.
 */
public class XlsxTableWriter implements TableWriter {

    /** Rows kept in memory before SXSSF flushes them to its temporary file. */
    static final int ROW_WINDOW = 100;
    /** Data rows a sheet takes: Excel's row limit less the header. */
    static final int ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    /** Excel's widest column, and the widest this writer sets (in characters): long texts wrap in the eye, not here. */
    private static final int MAX_WIDTH = 60;
    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();

    private final int rowsPerSheet;

    public XlsxTableWriter() {
        this(ROWS_PER_SHEET);
    }

    /** A writer that starts a new sheet after {@code rowsPerSheet} rows (tests show the continuation on few rows). */
    XlsxTableWriter(int rowsPerSheet) {
        this.rowsPerSheet = rowsPerSheet;
    }

    @Override
    public <T> long write(ExportTable<T> table, RowSource<T> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        try {
            Sheets<T> sheets = new Sheets<>(workbook, table);
            rows.forEach(sheets::add);
            sheets.finish();
            workbook.write(out);
            return sheets.written;
        } finally {
            workbook.close(); // deletes the temporary files
        }
    }

    /** One table of a workbook of several ({@link #writeAll}), with its rows as they come. */
    public record Part<T>(ExportTable<T> table, RowSource<T> rows) {
    }

    /**
     * Writes several tables into one workbook, each on its own sheet(s), in order, each streamed as {@link #write}
     * streams one: a workbook of more than one register (the ledger download's parcels and events, the template).
     */
    public void writeAll(List<Part<?>> parts, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        try {
            for (Part<?> part : parts) {
                writePart(workbook, part);
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private <T> void writePart(SXSSFWorkbook workbook, Part<T> part) {
        Sheets<T> sheets = new Sheets<>(workbook, part.table());
        part.rows().forEach(sheets::add);
        sheets.finish();
    }

    /** The sheets being written, the styles of each cell type, and the widths measured so far. */
    private final class Sheets<T> {
        private final SXSSFWorkbook workbook;
        private final ExportTable<T> table;
        private final List<Column<T>> columns;
        private final CellStyle header;
        private final CellStyle[] styles;
        private final int[] widths;
        private SXSSFSheet sheet;
        private int sheetCount;
        private int sheetRow;
        private long written;

        Sheets(SXSSFWorkbook workbook, ExportTable<T> table) {
            this.workbook = workbook;
            this.table = table;
            this.columns = table.columns();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            styles = new CellStyle[columns.size()];
            widths = new int[columns.size()];
            for (int i = 0; i < columns.size(); i++) {
                CellType type = columns.get(i).type();
                if (type.format() != null) {
                    styles[i] = workbook.createCellStyle();
                    styles[i].setDataFormat(workbook.createDataFormat().getFormat(type.format()));
                }
                widths[i] = Math.max(type.minWidth(), displayWidth(columns.get(i).header()));
            }
            newSheet();
        }

        void add(T value) {
            if (sheetRow > rowsPerSheet) {
                sizeColumns();
                newSheet();
            }
            Row row = sheet.createRow(sheetRow++);
            for (int i = 0; i < columns.size(); i++) {
                Object cellValue = columns.get(i).value().apply(value);
                if (cellValue != null) {
                    write(row.createCell(i), i, cellValue);
                }
            }
            written++;
        }

        private void write(Cell cell, int column, Object value) {
            if (styles[column] != null) {
                cell.setCellStyle(styles[column]);
            }
            int width;
            if (value instanceof LocalDate date) {
                cell.setCellValue(date);
                width = 10;
            } else if (value instanceof BigDecimal decimal) {
                cell.setCellValue(decimal.doubleValue());
                width = decimal.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString().length() + 3;
            } else if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
                width = String.valueOf(number).length() + 2;
            } else {
                String text = String.valueOf(value);
                cell.setCellValue(text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text);
                width = displayWidth(text);
            }
            widths[column] = Math.max(widths[column], width);
        }

        private void newSheet() {
            int number = sheetCount++;
            String name = WorkbookUtil.createSafeSheetName(number == 0 ? table.title() : table.title() + " (" + (number + 1) + ")");
            sheet = workbook.createSheet(name);
            Row row = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            sheetRow = 1;
        }

        void finish() {
            sizeColumns();
        }

        /** Widths live in the sheet's column records, which SXSSF writes at the end: set them when a sheet is full. */
        private void sizeColumns() {
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (Math.min(widths[i], MAX_WIDTH) + 2) * 256);
            }
        }
    }

    /** Characters a text takes in a spreadsheet column: a Chinese character (or other wide one) counts two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            width += Character.isIdeographic(codePoint) || isWide(codePoint) ? 2 : 1;
            i += Character.charCount(codePoint);
        }
        return width;
    }

    /** Full-width forms and CJK punctuation (，。（）《》〔〕), which the fonts draw two columns wide. */
    private static boolean isWide(int codePoint) {
        return (codePoint >= 0x3000 && codePoint <= 0x303F) || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
    }
}
