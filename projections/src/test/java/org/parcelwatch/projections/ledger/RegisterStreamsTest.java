package org.parcelwatch.projections.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.projections.EventDelivery;
import org.parcelwatch.projections.ProjectionTest;
import org.parcelwatch.projections.Stories;
import org.parcelwatch.projections.breach.BreachCase;
import org.parcelwatch.projections.breach.BreachRegisterQueries;
import org.parcelwatch.projections.breach.BreachRow;
import org.parcelwatch.projections.idle.IdleCaseEntry;
import org.parcelwatch.projections.idle.IdleCaseRow;
import org.parcelwatch.projections.idle.IdleReferralQueries;
import org.parcelwatch.projections.notice.NoticeFilter;
import org.parcelwatch.projections.notice.NoticeQueries;
import org.parcelwatch.projections.notice.NoticeRow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The registers streamed row by row for the downloads (issue 16): the same rows, in the same order, as the pages and
 * lists of the same filter, read inside one read-only transaction (PostgreSQL's driver fetches a cursor's rows a
 * batch at a time only with autocommit off). Run on H2 and on PostgreSQL ({@code -Dparcelwatch.test.database}).
 */
@ProjectionTest
class RegisterStreamsTest {

    private static final String A = "1305302024B00901";
    private static final String B = "1305302024B00902";
    private static final String C = "1305302024B00903";

    @Autowired
    EventDelivery delivery;
    @Autowired
    ParcelQueries parcels;
    @Autowired
    NoticeQueries notices;
    @Autowired
    IdleReferralQueries idle;
    @Autowired
    BreachRegisterQueries breaches;

    @BeforeEach
    void threeParcels() {
        delivery.onlyThese(Stories.onTime(A, "Xinhe town"), Stories.defaulter(B, "Zhao town"),
                Stories.excusedAllocation(C, "Xinhe town"));
    }

    @Test
    void theLedgerStreamsThePagesRowsWithTheirFlagsInsideAReadOnlyTransaction() {
        List<LedgerRow> streamed = new ArrayList<>();
        List<Boolean> readOnly = new ArrayList<>();
        long sent = parcels.forEachLedgerRow(new LedgerFilter(null, null, null), row -> {
            streamed.add(row);
            readOnly.add(TransactionSynchronizationManager.isActualTransactionActive()
                    && TransactionSynchronizationManager.isCurrentTransactionReadOnly());
        });
        assertThat(sent).isEqualTo(3);
        assertThat(readOnly).containsOnly(true);
        assertThat(streamed).isEqualTo(parcels.ledgerRows(new LedgerFilter(null, null, null), PageRequest.of(0, 10)).getContent());
        assertThat(streamed.get(1).flags()).contains(Flag.PAYMENT_OVERDUE, Flag.START_BREACH, Flag.IDLE_DETERMINED);

        List<LedgerRow> xinhe = new ArrayList<>();
        parcels.forEachLedgerRow(new LedgerFilter("Xinhe town", null, null), xinhe::add);
        assertThat(xinhe).extracting(LedgerRow::parcelId).containsExactly(A, C);
        List<LedgerRow> breached = new ArrayList<>();
        parcels.forEachLedgerRow(new LedgerFilter(null, null, Flag.START_BREACH), breached::add);
        // a parcel with several flags comes once, with all of them
        assertThat(breached).singleElement().satisfies(row -> assertThat(row.flags()).hasSizeGreaterThan(1));
    }

    /**
     * The ledger download's form (the ledger import's layout): each row with its installments pivoted into the same
     * query, and the events sheet's dated events in parcel and day order, payments with their receipts.
     */
    @Test
    void theLedgerStreamsWithItsInstallmentsAndItsDatedEvents() {
        LedgerFilter all = new LedgerFilter(null, null, null);
        int most = parcels.mostInstallments(all);
        assertThat(most).isEqualTo(2);
        List<LedgerExportRow> rows = new ArrayList<>();
        parcels.forEachLedgerRow(all, most, rows::add);
        assertThat(rows).extracting(LedgerExportRow::row)
                .isEqualTo(parcels.ledgerRows(all, PageRequest.of(0, 10)).getContent());
        LedgerExportRow defaulter = rows.get(1);
        assertThat(defaulter.installments()).extracting(LedgerExportRow.Installment::no).containsExactly(1, 2);
        assertThat(defaulter.installment(1).dueDate()).isEqualTo(java.time.LocalDate.of(2024, 3, 1));
        assertThat(rows.get(2).installments()).as("an allocation has none").isEmpty();
        assertThat(parcels.mostInstallments(new LedgerFilter("Nowhere", null, null))).isZero();

        List<LedgerEventRow> events = new ArrayList<>();
        parcels.forEachLedgerEvent(new LedgerFilter("Zhao town", null, null), events::add);
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.parcelId()).isEqualTo(B));
        assertThat(events).extracting(LedgerEventRow::day).isSorted();
        assertThat(events).extracting(LedgerEventRow::kind)
                .contains(LedgerEventRow.Kind.HANDOVER, LedgerEventRow.Kind.NOTICE_DELIVERY);
        assertThat(events).filteredOn(e -> e.kind() == LedgerEventRow.Kind.NOTICE_DELIVERY).first()
                .satisfies(e -> {
                    assertThat(e.document()).isEqualTo(B + "-CJ-01");
                    assertThat(e.remark()).isEqualTo("Wang Fang");
                });
        List<LedgerEventRow> onTime = new ArrayList<>();
        parcels.forEachLedgerEvent(new LedgerFilter("Xinhe town", null, null), e -> {
            if (e.parcelId().equals(A)) {
                onTime.add(e);
            }
        });
        assertThat(onTime).extracting(LedgerEventRow::kind).containsSubsequence(LedgerEventRow.Kind.PAYMENT,
                LedgerEventRow.Kind.HANDOVER, LedgerEventRow.Kind.PAYMENT, LedgerEventRow.Kind.START);
        assertThat(onTime).filteredOn(e -> e.kind() == LedgerEventRow.Kind.PAYMENT).hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.amount()).isPositive();
                    assertThat(e.document()).as("the receipt (V120)").isNotBlank();
                });
    }

    @Test
    void theNoticesStreamInTheListsOrder() {
        NoticeFilter filter = new NoticeFilter(null, B, null, null, null);
        List<NoticeRow> streamed = new ArrayList<>();
        notices.forEach(filter, streamed::add);
        assertThat(streamed).extracting(NoticeRow::noticeNo)
                .containsExactlyElementsOf(notices.find(filter, Pageable.unpaged()).map(n -> n.getNoticeNo()).getContent());
        assertThat(streamed).isNotEmpty();
        List<NoticeRow> urges = new ArrayList<>();
        notices.forEach(new NoticeFilter(NoticeType.PAYMENT_URGE, null, null, null, false), urges::add);
        assertThat(urges).isNotEmpty().allSatisfy(n -> {
            assertThat(n.type()).isEqualTo(NoticeType.PAYMENT_URGE);
            assertThat(n.deliveredOn()).isNull();
        });
    }

    @Test
    void theIdleAndBreachRegistersStreamWithTheLedgersTownship() {
        List<IdleCaseRow> cases = new ArrayList<>();
        idle.forEach(null, cases::add);
        assertThat(cases).extracting(IdleCaseRow::parcelId)
                .containsExactlyElementsOf(idle.register(null).stream().map(IdleCaseEntry::getParcelId).toList());
        assertThat(cases).filteredOn(c -> c.parcelId().equals(B)).isNotEmpty()
                .allSatisfy(c -> assertThat(c.township()).isEqualTo("Zhao town"));

        List<BreachRow> all = breaches.register(null);
        assertThat(all).filteredOn(b -> b.parcelId().equals(B)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.township()).isEqualTo("Zhao town"));
        assertThat(breaches.register(BreachCase.Status.BREACH)).isNotEmpty()
                .allSatisfy(b -> assertThat(b.status()).isEqualTo(BreachCase.Status.BREACH));
    }
}
