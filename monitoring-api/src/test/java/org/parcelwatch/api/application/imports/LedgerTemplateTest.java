package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.forms.RegisterParcelRequest;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * The committed template {@code seeds/ledger-template.xlsx} is what {@link LedgerTemplate} writes from the columns of
 * {@link LedgerColumns}, and it reads back as one seed record with its installments and events.
 * {@code -Dparcelwatch.write-template=true} writes the committed file again (after a column changed).
 */
class LedgerTemplateTest {

    static final Path COMMITTED = Path.of("../seeds/ledger-template.xlsx");

    @Test
    void theCommittedTemplateIsWhatTheColumnsMake() throws IOException {
        if (Boolean.getBoolean("parcelwatch.write-template")) {
            LedgerTemplate.main(new String[] {COMMITTED.toString()});
        }
        assertThat(LedgerWorkbooks.cells(Files.readAllBytes(COMMITTED)))
                .as("seeds/ledger-template.xlsx is stale: run this test with -Dparcelwatch.write-template=true")
                .isEqualTo(LedgerWorkbooks.cells(LedgerTemplate.bytes()));
        assertThat(LedgerWorkbooks.cells(LedgerTemplate.bytes())).containsOnlyKeys(LedgerColumns.PARCELS,
                LedgerColumns.EVENTS, LedgerColumns.NOTES);
        assertThat(LedgerWorkbooks.cells(LedgerTemplate.bytes()).get(LedgerColumns.PARCELS).get(0))
                .startsWith("电子监管号", "合同编号").contains("成交价款（元）", "第1期约定支付日期", "第6期约定支付金额（元）");
    }

    @Test
    void theTemplateReadsAsOneRecordWithItsInstallmentsAndEvents() throws IOException {
        SeedFile file = LedgerWorkbook.read("ledger-template.xlsx", Files.readAllBytes(COMMITTED), LedgerWorkbook.Limits.DEFAULT);

        assertThat(file.malformed()).isEmpty();
        assertThat(file.records()).hasSize(1);
        SeedRecord record = file.records().get(0);
        RegisterParcelRequest registration = record.registration();
        assertThat(registration.parcelId()).isEqualTo("1305302025B00090");
        assertThat(registration.supplyMethod()).isEqualTo(SupplyMethod.LISTING);
        assertThat(registration.landUser().name()).isEqualTo("新河县示例轴承有限公司");
        assertThat(registration.districtCode()).isEqualTo("130530");
        assertThat(registration.termYears()).isEqualTo(50);
        assertThat(registration.totalPrice()).isEqualByComparingTo("6000000.00");
        assertThat(registration.signedOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(registration.installments()).extracting(RegisterParcelRequest.InstallmentBody::dueDate,
                        i -> i.amount().setScale(2))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 4, 1), new BigDecimal("3000000.00")),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 9, 1), new BigDecimal("3000000.00")));
        assertThat(record.actions()).extracting(a -> a.kind().jsonName(), SeedAction::day).containsExactly(
                org.assertj.core.groups.Tuple.tuple("payment", LocalDate.of(2025, 3, 28)),
                org.assertj.core.groups.Tuple.tuple("handover", LocalDate.of(2025, 4, 28)),
                org.assertj.core.groups.Tuple.tuple("payment", LocalDate.of(2025, 8, 30)),
                org.assertj.core.groups.Tuple.tuple("start", LocalDate.of(2025, 10, 20)));
    }
}
