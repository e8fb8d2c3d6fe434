package org.parcelwatch.api.application.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks for the ledger import's tests: the template edited, and any workbook as text for comparing. */
public final class LedgerWorkbooks {

    private LedgerWorkbooks() {
    }

    /** The template as {@link LedgerTemplate} writes it, changed by {@code edit} (POI's user model). */
    public static byte[] template(Consumer<Workbook> edit) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(LedgerTemplate.bytes()))) {
            edit.accept(workbook);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sets a text cell anew: the template's texts are inline strings (the streaming writer's), which POI's
     * {@code setCellValue} on the existing cell leaves in place.
     */
    public static void set(Sheet sheet, int row, int column, String value) {
        Row r = sheet.getRow(row);
        if (r.getCell(column) != null) {
            r.removeCell(r.getCell(column));
        }
        r.createCell(column).setCellValue(value);
    }

    /** Every sheet's rows as the texts a reader sees (dates as yyyy-mm-dd, amounts with two decimals). */
    public static Map<String, List<List<String>>> cells(byte[] xlsx) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < row.getLastCellNum(); i++) {
                        Cell cell = row.getCell(i);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sheets;
    }
}
