package org.parcelwatch.projections.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTestSupport;
import org.parcelwatch.projections.SampleParcel;
import org.parcelwatch.projections.Stories;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The notices group: every notice once, by number, with the delivery that stands; and the notice queries. */
class NoticeProjectionTest extends ProjectionTestSupport<NoticeProjection> {

    private static final String A = "1305302024B00201";
    private static final String B = "1305302024B00202";

    @Autowired
    NoticeQueries queries;

    @Test
    void everyNoticeIsStoredAsIssuedWithItsDelivery() {
        ParcelHistory b = Stories.defaulter(B, "Zhao town");
        oneByOne(b.messages());

        assertThat(rows()).containsExactly(
                B + "-CJ-01 | " + B + " | PAYMENT_URGE | 1 | 2024-06-01 | 2024-03-01 | 2024-06-05 | Wang Fang",
                B + "-CJ-02 | " + B + " | PAYMENT_URGE | 2 | 2024-06-01 | 2024-05-10 | null | null",
                B + "-KGLY-01 | " + B + " | START_PERFORMANCE | null | 2024-10-10 | 2024-10-01 | null | null",
                B + "-KGTZ-01 | " + B + " | START_OVERDUE | null | 2024-10-02 | 2024-10-01 | null | null",
                // the investigation notice and the fee decision are open until delivered: their days run from the delivery
                B + "-XZDC-01 | " + B + " | IDLE_INVESTIGATION | null | 2025-10-08 | null | null | null",
                B + "-XZF-01 | " + B + " | IDLE_FEE_DECISION | null | 2025-11-25 | null | null | null",
                B + "-XZRD-01 | " + B + " | IDLE_DETERMINATION | null | 2025-11-20 | 2025-11-20 | null | null");
        NoticeIssued urge = (NoticeIssued) b.messages().get(3).getPayload();
        assertThat(tableRows("select facts, liability from notice where notice_no = ?", urge.noticeNo()))
                .containsExactly(urge.facts() + " | " + urge.liability());
    }

    @Test
    void aReplayInOneBatchGivesTheSameRowsAsTheEventsOneByOne() {
        List<DomainEventMessage<?>> events = Stories.defaulter(B, "Zhao town").messages();
        oneByOne(events);
        List<String> live = rows();

        reset();
        assertThat(rows()).isEmpty();
        // CJ-01 issued and delivered in the same batch: the delivery is written after the insert
        inOneBatch(events);
        assertThat(rows()).isEqualTo(live);
    }

    @Test
    void aDeliveryGivesTheInvestigationNoticeItsDeadline() {
        ParcelHistory a = ParcelHistory.of(A)
                .on("2025-10-05", SampleParcel.notice(A, NoticeWording.idleInvestigation(SampleParcel.PROJECT, d("2024-10-01"),
                        d("2025-10-05"), 30), 1))
                .on("2025-10-26", new NoticeDelivered(A, A + "-XZDC-01", NoticeType.IDLE_INVESTIGATION, d("2025-10-25"),
                        "Zhang Min", d("2025-11-24")));
        oneByOne(a.messages().subList(0, 1));
        assertThat(rows()).containsExactly(A + "-XZDC-01 | " + A + " | IDLE_INVESTIGATION | null | 2025-10-05 | null | null | null");

        oneByOne(a.messages().subList(1, 2));
        assertThat(rows()).containsExactly(
                A + "-XZDC-01 | " + A + " | IDLE_INVESTIGATION | null | 2025-10-05 | 2025-11-24 | 2025-10-25 | Zhang Min");
    }

    /** A notice and a delivery stored before the deadline ran from delivery: the days stored with the notice count from it. */
    @Test
    void aDeliveryStoredBeforeTheRuleCountsTheNoticesDaysFromTheDelivery() {
        ParcelHistory a = ParcelHistory.of(A)
                .on("2025-10-05", new NoticeIssued(A, A + "-XZDC-01", NoticeType.IDLE_INVESTIGATION, d("2025-10-05"),
                        d("2025-11-04"), null, "facts", "请于2025-11-04前提交书面说明"))
                .on("2025-10-26", new NoticeDelivered(A, A + "-XZDC-01", NoticeType.IDLE_INVESTIGATION, d("2025-10-25"),
                        "Zhang Min"));
        oneByOne(a.messages().subList(0, 1));
        // the column keeps the deadline it was stored with; read, the notice is open until delivered
        assertThat(rows()).containsExactly(A + "-XZDC-01 | " + A + " | IDLE_INVESTIGATION | null | 2025-10-05 | 2025-11-04 | null | null");
        assertThat(queries.byNumber(A + "-XZDC-01").orElseThrow().getDueDate()).isNull();
        reset();

        inOneBatch(a.messages());
        assertThat(rows()).containsExactly(
                A + "-XZDC-01 | " + A + " | IDLE_INVESTIGATION | null | 2025-10-05 | 2025-11-24 | 2025-10-25 | Zhang Min");
        assertThat(queries.byNumber(A + "-XZDC-01").orElseThrow().getDueDate()).isEqualTo(d("2025-11-24"));
    }

    @Test
    void aNoticeDeliveredAgainIsNotStoredAgainAndKeepsItsDelivery() {
        ParcelHistory b = Stories.defaulter(B, "Zhao town");
        List<DomainEventMessage<?>> firstUrges = b.messages().subList(0, 8);
        inOneBatch(firstUrges);
        List<String> stored = rows();
        assertThat(stored).hasSize(2).first().asString().endsWith(" | 2024-06-05 | Wang Fang");

        inOneBatch(b.messages().subList(3, 5));
        oneByOne(firstUrges);
        assertThat(rows()).isEqualTo(stored);
    }

    @Test
    void theLastDeliveryOfABatchStandsAndADeliveryOfANoticeNotProjectedWritesNothing() {
        ParcelHistory a = ParcelHistory.of(A)
                .on("2024-06-01", SampleParcel.notice(A, NoticeWording.paymentUrge(SampleParcel.PROJECT, 1, d("2024-03-01"),
                        SampleParcel.INSTALLMENT, new BigDecimal("0.001"), 60, d("2024-06-01")), 1))
                .on("2024-06-05", new NoticeDelivered(A, A + "-CJ-01", NoticeType.PAYMENT_URGE, d("2024-06-05"), "Wang Fang"))
                .on("2024-06-07", new NoticeDelivered(A, A + "-CJ-01", NoticeType.PAYMENT_URGE, d("2024-06-06"), "Li Na"))
                .on("2024-06-07", new NoticeDelivered(A, A + "-CJ-09", NoticeType.PAYMENT_URGE, d("2024-06-07"), "nobody"));
        inOneBatch(a.messages());

        assertThat(rows()).containsExactly(A + "-CJ-01 | " + A + " | PAYMENT_URGE | 1 | 2024-06-01 | 2024-03-01 | 2024-06-06 | Li Na");
    }

    @Test
    void aBatchOfMoreNoticesThanOneInListHoldsIsCheckedWhole() {
        int parcels = 1_201;
        List<DomainEventMessage<?>> issued = new ArrayList<>();
        List<DomainEventMessage<?>> again = new ArrayList<>();
        for (int i = 0; i < parcels; i++) {
            String id = "1305302024B%05d".formatted(20_000 + i);
            ParcelHistory history = ParcelHistory.of(id)
                    .on("2024-09-01", SampleParcel.notice(id, NoticeWording.startReminder(SampleParcel.PROJECT,
                            d("2024-10-01"), d("2024-09-01")), 1))
                    .on("2024-09-03", new NoticeDelivered(id, id + "-KGTX-01", NoticeType.START_REMINDER, d("2024-09-03"), "desk"));
            issued.add(history.messages().get(0));
            again.addAll(history.messages());
        }
        inOneBatch(issued);
        ParcelHistory extra = ParcelHistory.of(A).on("2024-09-01", SampleParcel.notice(A,
                NoticeWording.startReminder(SampleParcel.PROJECT, d("2024-10-01"), d("2024-09-01")), 1));
        again.addAll(extra.messages());
        // every stored number must be found, or its insert would break the notice table's key
        inOneBatch(again);

        assertThat(jdbc.queryForObject("select count(*) from notice", Long.class)).isEqualTo(parcels + 1L);
        assertThat(jdbc.queryForObject("select count(*) from notice where delivered_on = ? and received_by = 'desk'",
                Long.class, d("2024-09-03"))).isEqualTo(parcels);
    }

    @Test
    void theQueriesFilterByTypeParcelIssueDaysAndDeliveryInIssueOrder() {
        inOneBatch(Stories.defaulter(B, "Zhao town").messages());
        inOneBatch(Stories.onTime(A, "Xinhe town").messages());

        assertThat(numbers(queries.find(new NoticeFilter(null, null, null, null, null), Pageable.unpaged()).getContent()))
                .containsExactly(A + "-TX-01", B + "-CJ-01", B + "-CJ-02", A + "-KGTX-01", B + "-KGTZ-01", B + "-KGLY-01",
                        B + "-XZDC-01", B + "-XZRD-01", B + "-XZF-01", A + "-JGTX-01");
        assertThat(numbers(queries.find(new NoticeFilter(NoticeType.PAYMENT_URGE, null, null, null, null),
                Pageable.unpaged()).getContent())).containsExactly(B + "-CJ-01", B + "-CJ-02");
        assertThat(numbers(queries.find(new NoticeFilter(null, A, null, null, null), Pageable.unpaged()).getContent()))
                .containsExactly(A + "-TX-01", A + "-KGTX-01", A + "-JGTX-01");
        // the issue-day range is inclusive at both ends
        assertThat(numbers(queries.find(new NoticeFilter(null, null, d("2024-09-01"), d("2024-10-10"), null),
                Pageable.unpaged()).getContent())).containsExactly(A + "-KGTX-01", B + "-KGTZ-01", B + "-KGLY-01");
        assertThat(numbers(queries.find(new NoticeFilter(null, B, null, null, true), Pageable.unpaged()).getContent()))
                .containsExactly(B + "-CJ-01");
        assertThat(numbers(queries.find(new NoticeFilter(null, null, null, d("2024-06-30"), false), Pageable.unpaged())
                .getContent())).containsExactly(A + "-TX-01", B + "-CJ-02");

        var page = queries.find(new NoticeFilter(null, null, null, null, null), PageRequest.of(1, 4));
        assertThat(page.getTotalElements()).isEqualTo(10);
        assertThat(numbers(page.getContent())).containsExactly(B + "-KGTZ-01", B + "-KGLY-01", B + "-XZDC-01", B + "-XZRD-01");

        assertThat(queries.byNumber(B + "-CJ-01")).hasValueSatisfying(n -> {
            assertThat(n.getType()).isEqualTo(NoticeType.PAYMENT_URGE);
            assertThat(n.getInstallmentNo()).isEqualTo(1);
            assertThat(n.getIssuedOn()).isEqualTo(d("2024-06-01"));
            assertThat(n.getDueDate()).isEqualTo(d("2024-03-01"));
            assertThat(n.getDeliveredOn()).isEqualTo(d("2024-06-05"));
            assertThat(n.getReceivedBy()).isEqualTo("Wang Fang");
        });
        assertThat(queries.byNumber(B + "-CJ-03")).isEmpty();
        assertThat(numbers(queries.ofParcel(B))).containsExactly(B + "-CJ-01", B + "-CJ-02", B + "-KGTZ-01", B + "-KGLY-01",
                B + "-XZDC-01", B + "-XZRD-01", B + "-XZF-01");
    }

    private List<String> rows() {
        return tableRows("select notice_no, parcel_id, type, installment_no, issued_on, due_date, delivered_on,"
                + " received_by from notice order by notice_no");
    }

    private static List<String> numbers(List<NoticeEntry> entries) {
        return entries.stream().map(NoticeEntry::getNoticeNo).toList();
    }
}
