package org.parcelwatch.projections.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTestSupport;
import org.parcelwatch.projections.Stories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

/** The ledger's pages, filters and totals, the parcel detail and the versioned file, read off projected parcels. */
class ParcelQueriesTest extends ProjectionTestSupport<ParcelLedgerProjection> {

    private static final String A = "1305302024B00601";
    private static final String B = "1305302024B00602";
    private static final String C = "1305302024B00603";

    @Autowired
    ParcelQueries parcels;

    private ParcelHistory defaulter;

    @BeforeEach
    void threeParcels() {
        defaulter = Stories.defaulter(B, "Zhao town");
        inOneBatch(Stories.onTime(A, "Xinhe town").messages());
        inOneBatch(defaulter.messages());
        inOneBatch(Stories.excusedAllocation(C, "Xinhe town").messages());
    }

    @Test
    void theLedgerPagesRunInSupervisionNumberOrderWithTheirFlagsAndTotals() {
        Page<LedgerRow> first = parcels.ledgerRows(new LedgerFilter("Xinhe town", null, null), PageRequest.of(0, 1));
        assertThat(first.getContent()).extracting(LedgerRow::parcelId).containsExactly(A);
        assertThat(first.getTotalElements()).isEqualTo(2);
        // registered as INDUSTRIAL before the codes: the ledger shows its GB/T 21010-2017 code and name
        assertThat(first.getContent()).extracting(LedgerRow::landUse, LedgerRow::landUseName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("0601", "工业用地"));
        Page<LedgerRow> second = parcels.ledgerRows(new LedgerFilter("Xinhe town", null, null), PageRequest.of(1, 1));
        assertThat(second.getContent()).singleElement().satisfies(row -> {
            assertThat(row.parcelId()).isEqualTo(C);
            assertThat(row.supplyMethod()).isEqualTo("ALLOCATION");
            assertThat(row.totalPrice()).isEqualByComparingTo("0.00");
            assertThat(row.stage()).isEqualTo(Stage.HANDED_OVER);
            assertThat(row.agreedStartDate()).isEqualTo(d("2025-03-01"));
            assertThat(row.agreedCompletionDate()).isEqualTo(d("2027-03-01"));
            assertThat(row.flags()).isEmpty();
            assertThat(row.nextDueOn()).isEqualTo(d("2025-01-30"));
        });

        Page<LedgerRow> breached = parcels.ledgerRows(new LedgerFilter(null, null, Flag.START_BREACH), PageRequest.of(0, 10));
        assertThat(breached.getContent()).singleElement().satisfies(row -> {
            assertThat(row.parcelId()).isEqualTo(B);
            assertThat(row.township()).isEqualTo("Zhao town");
            assertThat(row.outstanding()).isEqualByComparingTo("12345678.00");
            assertThat(row.idleStatus()).isEqualTo("FEE_IMPOSED");
            assertThat(row.flags()).containsExactlyInAnyOrder(Flag.PAYMENT_OVERDUE, Flag.TERMINATION_RIGHT,
                    Flag.START_BREACH, Flag.IDLE_DETERMINED, Flag.RECOVERY_ELIGIBLE);
            assertThat(row.nextDueOn()).isEqualTo(d("2026-09-01"));
        });
        assertThat(breached.getTotalElements()).isEqualTo(1);

        Page<LedgerRow> completed = parcels.ledgerRows(new LedgerFilter(null, Stage.COMPLETED, null), PageRequest.of(0, 10));
        assertThat(completed.getContent()).singleElement().satisfies(row -> {
            assertThat(row.parcelId()).isEqualTo(A);
            assertThat(row.actualCompletionDate()).isEqualTo(d("2026-09-20"));
            assertThat(row.patrolledStartStage()).isTrue();
            assertThat(row.patrolledCompletionStage()).isTrue();
            assertThat(row.nextDueOn()).isNull();
        });
        // a page past the end still tells the total, from the kept counts
        Page<LedgerRow> beyond = parcels.ledgerRows(new LedgerFilter(null, null, null), PageRequest.of(5, 2));
        assertThat(beyond.getContent()).isEmpty();
        assertThat(beyond.getTotalElements()).isEqualTo(3);
    }

    @Test
    void theLedgerFiltersByLandUseAndTheYearSignedAndCountsThoseDirectly() {
        LedgerRow a = parcels.ledgerRows(new LedgerFilter(null, null, null), PageRequest.of(0, 10)).getContent().stream()
                             .filter(row -> row.parcelId().equals(A)).findFirst().orElseThrow();
        int year = a.signedOn().getYear();
        Page<LedgerRow> sameUseAndYear = parcels.ledgerRows(new LedgerFilter(null, null, null, a.landUse(), year),
                PageRequest.of(0, 10));
        assertThat(sameUseAndYear.getContent()).extracting(LedgerRow::parcelId).contains(A);
        assertThat(sameUseAndYear.getContent()).allSatisfy(row -> {
            assertThat(row.landUse()).isEqualTo(a.landUse());
            assertThat(row.signedOn().getYear()).isEqualTo(year);
        });
        assertThat(sameUseAndYear.getTotalElements()).isEqualTo(sameUseAndYear.getContent().size());
        assertThat(parcels.ledgerRows(new LedgerFilter(null, null, null, a.landUse(), year - 1), PageRequest.of(0, 10))
                          .getTotalElements()).isZero();
        assertThat(parcels.ledgerRows(new LedgerFilter(null, null, null, "9999", null), PageRequest.of(0, 10))
                          .getContent()).isEmpty();
        // the entity ledger the same
        assertThat(parcels.ledger(new LedgerFilter(null, null, null, a.landUse(), year), PageRequest.of(0, 10)).getContent())
                .extracting(LedgerEntry::getParcelId).contains(A);
        assertThat(parcels.ledger(new LedgerFilter(null, null, null, null, year + 1), PageRequest.of(0, 10)).getContent())
                .isEmpty();
    }

    @Test
    void theEntityLedgerFiltersAsThePagesDo() {
        assertThat(parcels.ledger(new LedgerFilter("Zhao town", null, Flag.START_BREACH), PageRequest.of(0, 10)).getContent())
                .extracting(LedgerEntry::getParcelId).containsExactly(B);
        assertThat(parcels.ledger(new LedgerFilter("Xinhe town", Stage.COMPLETED, null), PageRequest.of(0, 10)).getContent())
                .extracting(LedgerEntry::getParcelId).containsExactly(A);
        assertThat(parcels.ledger(new LedgerFilter("Xinhe town", null, null), PageRequest.of(0, 1)).getTotalElements())
                .isEqualTo(2);
        assertThat(parcels.ledger(new LedgerFilter(null, null, Flag.COMPLETION_BREACH), PageRequest.of(0, 10)).getContent())
                .isEmpty();
    }

    @Test
    void theDetailReckonsDamagesAsOfTheDayAskedAndTheFileTellsItsVersion() {
        ParcelDetail detail = parcels.detail(B, d("2024-06-11")).orElseThrow();
        // 1‰ a day of 6,172,839.00: installment 1 for 102 days, installment 2 for 32 days
        assertThat(detail.damages().latePayment()).isEqualByComparingTo("827160.43");
        assertThat(detail.installments()).extracting(ParcelDetail.InstallmentView::status).containsOnly("OVERDUE");
        assertThat(detail.notices()).hasSize(7);
        assertThat(detail.idle().status().name()).isEqualTo("FEE_IMPOSED");
        assertThat(parcels.detail("1305302024B09999", d("2024-06-11"))).isEmpty();

        long version = defaulter.size() - 1;
        assertThat(parcels.file(B, version)).hasValueSatisfying(file -> {
            assertThat(file.version()).isEqualTo(version);
            assertThat(file.state()).as("the caller has this version already").isNull();
        });
        assertThat(parcels.file(B, 3)).hasValueSatisfying(file -> {
            assertThat(file.version()).isEqualTo(version);
            assertThat(file.state().stage()).isEqualTo(Stage.HANDED_OVER);
            assertThat(file.state().eventCount()).isEqualTo(defaulter.size());
        });
        assertThat(parcels.file("1305302024B09999", -1)).isEmpty();
        assertThat(List.of(parcels.exists(A), parcels.exists("1305302024B09999"))).containsExactly(true, false);
    }
}
