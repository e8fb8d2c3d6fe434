package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

/**
 * What the ledger reader refuses, and where it says the refusal stands: every refused row names its sheet, row and
 * column, in Chinese and in English; a body that is not a workbook, or a workbook past the limits, is not read.
 */
class LedgerWorkbookTest {

    /** Row 2 of the template is the example parcel; a copy of it on row 3 with another parcel id. */
    private static void secondParcel(Sheet parcels, String parcelId) {
        ((org.apache.poi.xssf.usermodel.XSSFSheet) parcels).copyRows(1, 1, 2, new org.apache.poi.ss.usermodel.CellCopyPolicy());
        LedgerWorkbooks.set(parcels, 2, 0, parcelId);
    }

    @Test
    void aCellThatIsNotWhatItsColumnAsksRefusesItsRowNamingSheetRowAndColumn() {
        byte[] xlsx = LedgerWorkbooks.template(workbook -> {
            Sheet parcels = workbook.getSheet(LedgerColumns.PARCELS);
            secondParcel(parcels, "1305302025B00091");
            parcels.getRow(2).getCell(14).setCellValue("2025-02-30"); // 签订日期
            LedgerWorkbooks.set(parcels, 2, 3, "租赁"); // 供地方式
            Row event = workbook.getSheet(LedgerColumns.EVENTS).createRow(5);
            event.createCell(0).setCellValue("1305302025B00099");
            event.createCell(1).setCellValue("缴款");
            event.createCell(2).setCellValue("2025-06-01");
            event.createCell(3).setCellValue("一百万");
        });

        SeedFile file = LedgerWorkbook.read("ledger.xlsx", xlsx, LedgerWorkbook.Limits.DEFAULT);

        assertThat(file.records()).extracting(SeedRecord::parcelId).containsExactly("1305302025B00090");
        assertThat(file.malformed()).extracting(r -> r.where().zh(), ImportRefusal::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("「供地台账」第3行「签订日期」列", "MALFORMED_RECORD"),
                org.assertj.core.groups.Tuple.tuple("「供地台账」第3行「供地方式」列", "MALFORMED_RECORD"),
                org.assertj.core.groups.Tuple.tuple("「事件」第6行「金额（元）」列", "MALFORMED_RECORD"),
                org.assertj.core.groups.Tuple.tuple("「事件」第6行「电子监管号」列", "MALFORMED_RECORD"));
        ImportRefusal date = file.malformed().stream().filter(r -> "签订日期".equals(r.where().column())).findFirst().orElseThrow();
        assertThat(date.where().en()).isEqualTo("sheet 供地台账 row 3 column 签订日期");
        assertThat(date.parcelId()).isEqualTo("1305302025B00091");
        assertThat(date.reason()).contains("2025-02-30");
    }

    @Test
    void aRefusalOfTheRulesIsPlacedOnItsRowAndTheColumnItsReasonNames() {
        SeedFile file = LedgerWorkbook.read("ledger.xlsx", LedgerTemplate.bytes(), LedgerWorkbook.Limits.DEFAULT);

        ImportRefusal registration = file.locate(new ImportRefusal("ledger.xlsx", "1305302025B00090", 0, null,
                ImportRefusal.REGISTRATION, null, "INVALID_CONTRACT_TERMS", "totalPrice 6000000.00 is not the sum of the installments"));
        ImportRefusal payment = file.locate(new ImportRefusal("ledger.xlsx", "1305302025B00090", 0, 2, "payment", null,
                "INVALID_INPUT", "paidOn 2025-08-30 lies after today"));
        ImportRefusal handover = file.locate(new ImportRefusal("ledger.xlsx", "1305302025B00090", 0, 1, "handover", null,
                "ILLEGAL_STATE", "the land was already handed over"));

        assertThat(registration.where().zh()).isEqualTo("「供地台账」第2行「成交价款（元）」列");
        assertThat(payment.where().zh()).isEqualTo("「事件」第4行「日期」列");
        assertThat(handover.where().zh()).as("a reason that names no field: the row").isEqualTo("「事件」第3行");
        assertThat(handover.where().en()).isEqualTo("sheet 事件 row 3");
    }

    @Test
    void aDownloadedLedgersComputedColumnsAreIgnoredAndAnUnknownColumnIsNot() {
        byte[] derived = LedgerWorkbooks.template(workbook -> {
            Row header = workbook.getSheet(LedgerColumns.PARCELS).getRow(0);
            header.createCell(header.getLastCellNum()).setCellValue("预警标记");
        });
        assertThat(LedgerWorkbook.read("ledger.xlsx", derived, LedgerWorkbook.Limits.DEFAULT).records()).hasSize(1);

        byte[] unknown = LedgerWorkbooks.template(workbook -> {
            Row header = workbook.getSheet(LedgerColumns.PARCELS).getRow(0);
            header.createCell(header.getLastCellNum()).setCellValue("合同价");
        });
        assertThatThrownBy(() -> LedgerWorkbook.read("ledger.xlsx", unknown, LedgerWorkbook.Limits.DEFAULT))
                .isInstanceOf(InvalidSeedFileException.class).hasMessageContaining("合同价");
    }

    @Test
    void aBodyThatIsNotAWorkbookIsNotALedger() {
        assertThatThrownBy(() -> LedgerWorkbook.read("ledger.xlsx", "{\"records\":[]}".getBytes(StandardCharsets.UTF_8),
                LedgerWorkbook.Limits.DEFAULT)).isInstanceOf(InvalidSeedFileException.class);
        byte[] noLedger = LedgerWorkbooks.template(workbook -> workbook.setSheetName(0, "Sheet1"));
        assertThatThrownBy(() -> LedgerWorkbook.read("ledger.xlsx", noLedger, LedgerWorkbook.Limits.DEFAULT))
                .isInstanceOf(InvalidSeedFileException.class).hasMessageContaining("供地台账");
    }

    @Test
    void aWorkbookThatWouldUnpackPastTheLimitsIsTooLarge() {
        byte[] template = LedgerTemplate.bytes();
        assertThatThrownBy(() -> LedgerWorkbook.read("ledger.xlsx", template, new LedgerWorkbook.Limits(1_000, 100)))
                .isInstanceOf(LedgerWorkbook.TooLargeException.class).hasMessageContaining("max-unzipped-size");
        assertThatThrownBy(() -> LedgerWorkbook.read("ledger.xlsx", template, new LedgerWorkbook.Limits(100_000_000, 2)))
                .isInstanceOf(LedgerWorkbook.TooLargeException.class).hasMessageContaining("max-rows");
        // a zip bomb: the template with one more part, 50 MB of spaces that compress a thousandfold
        byte[] bomb = withPart(template, "xl/padding.xml", 50 * 1024 * 1024);
        assertThatThrownBy(() -> LedgerWorkbook.read("ledger.xlsx", bomb, LedgerWorkbook.Limits.DEFAULT))
                .isInstanceOf(LedgerWorkbook.TooLargeException.class);
        assertThat(bomb.length).as("under the API's 1 MB body limit").isLessThan(1_000_000);
    }

    private static byte[] withPart(byte[] xlsx, String name, int spaces) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            // read through the central directory: SXSSF writes the sizes after each entry, which ZipInputStream refuses
            java.nio.file.Path copy = java.nio.file.Files.createTempFile("ledger", ".xlsx");
            java.nio.file.Files.write(copy, xlsx);
            try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(copy.toFile());
                 java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
                for (java.util.zip.ZipEntry entry : java.util.Collections.list(in.entries())) {
                    zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                    in.getInputStream(entry).transferTo(zip);
                    zip.closeEntry();
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(name));
                byte[] chunk = " ".repeat(1024 * 1024).getBytes(StandardCharsets.US_ASCII);
                for (int i = 0; i < spaces / chunk.length; i++) {
                    zip.write(chunk);
                }
                zip.closeEntry();
            } finally {
                java.nio.file.Files.delete(copy);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
