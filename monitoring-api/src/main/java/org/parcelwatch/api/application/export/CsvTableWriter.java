package org.parcelwatch.api.application.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * Writes a register as CSV (RFC 4180: comma-separated, quoted cells, CRLF line ends) in UTF-8 with a byte-order
 * mark: Excel on a Chinese Windows reads a file without one as GBK and garbles every Chinese character. Dates as
 * {@code 2024-03-01}, amounts with two decimals and no grouping, so that a spreadsheet reads both back as values.
 */
public class CsvTableWriter implements TableWriter {

    /** U+FEFF, which UTF-8 writes as EF BB BF. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    @Override
    public <T> long write(ExportTable<T> table, RowSource<T> rows, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        writer.write(BYTE_ORDER_MARK);
        List<Column<T>> columns = table.columns();
        String[] cells = new String[columns.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cell(columns.get(i).header());
        }
        line(writer, cells);
        long[] written = {0};
        try {
            rows.forEach(row -> {
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = value(columns.get(i).type(), columns.get(i).value().apply(row));
                }
                try {
                    line(writer, cells);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        writer.flush();
        return written[0];
    }

    private static void line(Writer writer, String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(cells[i]);
        }
        writer.write("\r\n");
    }

    /** Numbers and dates bare, so that a spreadsheet reads them as values; everything else a quoted text. */
    private static String value(CellType type, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return type == CellType.AMOUNT ? decimal.setScale(2, RoundingMode.HALF_UP).toPlainString() : decimal.toPlainString();
        }
        if (value instanceof Number || value instanceof LocalDate) {
            return String.valueOf(value);
        }
        return cell(String.valueOf(value));
    }

    /**
     * One quoted CSV text cell: RFC 4180 quoting, and a leading apostrophe for a text a spreadsheet would run as a
     * formula (=, +, -, @: CSV injection). Quoted always, so that a contract number of digits stays text.
     */
    public static String cell(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
