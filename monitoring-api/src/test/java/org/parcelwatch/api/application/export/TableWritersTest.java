package org.parcelwatch.api.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The two writers of every register download, on a small table of their own. */
class TableWritersTest {

    record Payment(String receipt, LocalDate paidOn, BigDecimal amount, Integer installment) {
    }

    private static final ExportTable<Payment> PAYMENTS = new ExportTable<>("缴款台账", "payments", List.of(
            Column.text("收据编号", Payment::receipt),
            Column.date("缴款日期", Payment::paidOn),
            Column.amount("缴款金额（元）", Payment::amount),
            Column.integer("期号", Payment::installment)));

    private static final List<Payment> ROWS = List.of(
            new Payment("R-1", LocalDate.of(2024, 2, 20), new BigDecimal("6172839.00"), 1),
            new Payment("=SUM(A1)", LocalDate.of(2024, 5, 10), new BigDecimal("-0.5"), null),
            new Payment(null, null, null, 2));

    @Test
    void theWorkbookHasTypedCellsAFrozenHeaderAndColumnsAsWideAsTheirText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long written = new XlsxTableWriter().write(PAYMENTS, ROWS::forEach, out);
        assertThat(written).isEqualTo(3);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("缴款台账");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("缴款金额（元）");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).isNotZero();
            assertThat(DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(1))).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 2, 20));
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(6172839.00);
            assertThat(sheet.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(sheet.getRow(1).getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
            // a text that looks like a formula stays a text
            assertThat(sheet.getRow(2).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(3)).isNull();
            assertThat(sheet.getRow(3).getCell(0)).isNull();
            // 缴款金额（元）: 7 wide characters, 14 columns, plus the margin
            assertThat(sheet.getColumnWidth(2)).isEqualTo((14 + 2) * 256);
            assertThat(sheet.getColumnWidth(1)).isEqualTo((11 + 2) * 256);
        }
    }

    @Test
    void aRegisterLongerThanASheetContinuesOnTheNextWithItsHeader() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Payment> many = IntStream.range(0, 5).mapToObj(i -> new Payment("R-" + i, null, BigDecimal.ONE, i)).toList();
        assertThat(new XlsxTableWriter(2).write(PAYMENTS, many::forEach, out)).isEqualTo(5);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("缴款台账 (2)");
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue()).isEqualTo("收据编号");
            assertThat(workbook.getSheetAt(2).getRow(1).getCell(0).getStringCellValue()).isEqualTo("R-4");
            assertThat(workbook.getSheetAt(2).getLastRowNum()).isEqualTo(1);
        }
    }

    @Test
    void theCsvStartsWithAByteOrderMarkQuotesTextsAndLeavesNumbersAndDatesBare() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(new CsvTableWriter().write(PAYMENTS, ROWS::forEach, out)).isEqualTo(3);
        byte[] bytes = out.toByteArray();
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).isEqualTo(
                "\"收据编号\",\"缴款日期\",\"缴款金额（元）\",\"期号\"\r\n"
                        + "\"R-1\",2024-02-20,6172839.00,1\r\n"
                        + "\"'=SUM(A1)\",2024-05-10,-0.50,\r\n"
                        + ",,,2\r\n");
    }

    @Test
    void wideCharactersCountTwice() {
        assertThat(XlsxTableWriter.displayWidth("R-1")).isEqualTo(3);
        assertThat(XlsxTableWriter.displayWidth("供地台账（元）")).isEqualTo(14);
    }
}
