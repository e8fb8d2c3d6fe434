package org.parcelwatch.projections.worklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.projections.EventDelivery;
import org.parcelwatch.projections.ProjectionTest;
import org.parcelwatch.projections.SampleParcel;
import org.parcelwatch.projections.Stories;
import org.springframework.beans.factory.annotation.Autowired;

/** The desk's worklist, assembled from every projection. */
@ProjectionTest
class WorklistQueriesTest {

    /** Completed on time; its completion reminder went out on 2026-09-01. */
    private static final String A = "1305302024B00501";
    /** Unpaid, in breach, referred to the brigade on 2025-10-08 with the investigation due by 2025-11-07. */
    private static final String B = "1305302024B00502";
    /** Missed its start on 2024-10-02, no cause found yet. */
    private static final String C = "1305302024B00503";
    /** Unpaid, in breach, suspected idle on 2025-10-02. */
    private static final String E = "1305302024B00505";
    /** Paid in full, the land not handed over since 2024-04-02. */
    private static final String F = "1305302024B00506";
    /** The same, handed over late on 2024-05-20. */
    private static final String G = "1305302024B00507";

    @Autowired
    WorklistQueries worklist;
    @Autowired
    EventDelivery delivery;

    @BeforeEach
    void fourParcels() {
        delivery.resetEveryProjection();
        delivery.toEveryProjection(Stories.onTime(A, "Xinhe town").messages());
        delivery.toEveryProjection(Stories.defaulter(B, "Zhao town").upTo(17).messages());
        delivery.toEveryProjection(Stories.excusedAllocation(C, "Xinhe town").upTo(4).messages());
        delivery.toEveryProjection(Stories.defaulter(E, "Xinhe town").upTo(14).messages());
    }

    @Test
    void theWorklistOfADayHoldsWhatTheDesksMustActOn() {
        Worklist list = worklist.on(d("2026-09-01"));

        assertThat(list.date()).isEqualTo(d("2026-09-01"));
        assertThat(list.remindersIssued()).containsExactly(
                new Worklist.NoticeItem(A + "-JGTX-01", A, NoticeType.COMPLETION_REMINDER, d("2026-09-01"), d("2026-10-01")));
        BigDecimal unpaid = new BigDecimal("12345678.00");
        assertThat(list.overduePayments()).containsExactlyInAnyOrder(
                new Worklist.OverduePayment(B, SampleParcel.PROJECT, "Xinhe Bearing Co., Ltd.", "Zhao town", unpaid, true),
                new Worklist.OverduePayment(E, SampleParcel.PROJECT, "Xinhe Bearing Co., Ltd.", "Xinhe town", unpaid, true));
        assertThat(list.missedAwaitingFinding()).containsExactly(
                new Worklist.MissedMilestone(C, "START", d("2024-10-01"), d("2024-10-02")));
        assertThat(list.idleSuspectsAwaitingVerification()).containsExactly(
                new Worklist.IdleItem(E, "NOT_STARTED", d("2024-10-01"), d("2025-10-02"), null, false));
        assertThat(list.referralsAwaitingDetermination()).containsExactly(
                new Worklist.IdleItem(B, "NOT_STARTED", d("2024-10-01"), d("2025-10-08"), d("2025-11-07"), true));
        // issued by the day and not delivered (each CJ-01 was), in issue order
        assertThat(list.undeliveredNotices()).extracting(Worklist.NoticeItem::noticeNo).containsExactly(
                A + "-TX-01", B + "-CJ-02", E + "-CJ-02", A + "-KGTX-01", B + "-KGTZ-01", C + "-KGTZ-01", E + "-KGTZ-01",
                B + "-KGLY-01", E + "-KGLY-01", B + "-XZDC-01", A + "-JGTX-01");
    }

    @Test
    void aHandoverOverdueIsTheDesksWorkUntilTheLandIsHandedOver() {
        delivery.toEveryProjection(Stories.handoverOverdue(F, "Xinhe town").messages());
        delivery.toEveryProjection(Stories.handoverOverdue(G, "Zhao town")
                .on("2024-05-20", new HandoverRecorded(G, d("2024-05-20"), "JD-" + G, d("2024-04-01"))).messages());

        Worklist list = worklist.on(d("2024-06-01"));
        assertThat(list.handoversOverdue()).containsExactly(new Worklist.OverdueHandover(F, SampleParcel.PROJECT,
                "Xinhe Bearing Co., Ltd.", "Xinhe town", d("2024-04-01"), d("2024-04-02")));
        // the bureau's delay awaits no finding against the land user
        assertThat(list.missedAwaitingFinding()).extracting(Worklist.MissedMilestone::parcelId).doesNotContain(F, G);
    }

    @Test
    void aReferralIsLateOnlyAfterItsInvestigationDayAndNoticesIssuedLaterAreNotYetWork() {
        assertThat(worklist.on(d("2025-11-07")).referralsAwaitingDetermination()).singleElement()
                .satisfies(item -> assertThat(item.late()).isFalse());
        assertThat(worklist.on(d("2025-11-08")).referralsAwaitingDetermination()).singleElement()
                .satisfies(item -> assertThat(item.late()).isTrue());

        Worklist early = worklist.on(d("2024-09-01"));
        assertThat(early.remindersIssued()).extracting(Worklist.NoticeItem::noticeNo).containsExactly(A + "-KGTX-01");
        assertThat(early.undeliveredNotices()).extracting(Worklist.NoticeItem::noticeNo)
                .containsExactly(A + "-TX-01", B + "-CJ-02", E + "-CJ-02", A + "-KGTX-01");
    }
}
