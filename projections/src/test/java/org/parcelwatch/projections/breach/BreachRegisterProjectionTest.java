package org.parcelwatch.projections.breach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.PROJECT;
import static org.parcelwatch.projections.SampleParcel.TOTAL_PRICE;
import static org.parcelwatch.projections.SampleParcel.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.registration.SupplyMethod;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTestSupport;
import org.parcelwatch.projections.SampleParcel;
import org.parcelwatch.projections.Stories;
import org.springframework.beans.factory.annotation.Autowired;

/** The breach register: a case per missed date, its finding, its performance notice and how it ended. */
class BreachRegisterProjectionTest extends ProjectionTestSupport<BreachRegisterProjection> {

    private static final String B = "1305302024B00302";
    private static final String C = "1305302024B00303";
    private static final String D = "1305302024B00304";

    @Autowired
    BreachCaseRepository cases;

    @Test
    void aLandUserCauseIsABreachWithItsPerformanceNoticeAndStaysOneWhenTheStartComesLate() {
        ParcelHistory b = Stories.defaulter(B, "Zhao town");
        oneByOne(b.messages());
        assertThat(rows()).containsExactly(
                B + " | START | 2024-10-01 | 2024-10-02 | BREACH | LAND_USER | null | no works | 2024-10-10 | " + B
                        + "-KGLY-01 | null | null");

        int told = b.size();
        b.on("2026-12-01", new ConstructionStarted(B, d("2026-11-28"), "site photos", d("2024-10-01")));
        inOneBatch(b.from(told));
        assertThat(rows()).containsExactly(
                B + " | START | 2024-10-01 | 2024-10-02 | BREACH | LAND_USER | null | no works | 2024-10-10 | " + B
                        + "-KGLY-01 | 2026-11-28 | null");
    }

    @Test
    void anExcusedMissIsExtendedAndAMissOfTheNewDateIsACaseOfItsOwn() {
        ParcelHistory c = Stories.excusedAllocation(C, "Xinhe town");
        int told = c.size();
        c.on("2025-03-02",
                        new MilestoneMissed(C, Milestone.START, d("2025-03-01"), d("2025-03-02")),
                        SampleParcel.notice(C, NoticeWording.startOverdue(PROJECT, d("2025-03-01"), d("2025-03-02")), 2))
                .on("2025-03-20", new ConstructionStarted(C, d("2025-03-20"), "site photos", d("2025-03-01")));
        oneByOne(c.messages().subList(0, told));
        assertThat(rows()).containsExactly(C + " | START | 2024-10-01 | 2024-10-02 | EXTENDED | GOVERNMENT | PLAN_REVISED"
                + " | road plan revised | 2024-10-10 | null | null | 2025-03-01");

        oneByOne(c.from(told));
        assertThat(rows()).containsExactly(
                C + " | START | 2024-10-01 | 2024-10-02 | EXTENDED | GOVERNMENT | PLAN_REVISED | road plan revised"
                        + " | 2024-10-10 | null | null | 2025-03-01",
                C + " | START | 2025-03-01 | 2025-03-02 | REACHED | null | null | null | null | null | 2025-03-20 | null");
        assertThat(cases.findByParcelIdOrderByMissedFrom(C)).extracting(BreachCase::getAgreedDate)
                .containsExactly(d("2024-10-01"), d("2025-03-01"));
    }

    @Test
    void anIdleDisposalByExtensionExtendsTheOpenStartCaseAndACompletionPerformanceNoticeFindsItsCase() {
        ParcelHistory history = ParcelHistory.of(D)
                .on("2024-10-02", new MilestoneMissed(D, Milestone.START, d("2024-10-01"), d("2024-10-02")))
                .on("2024-10-10", new BreachFindingRecorded(D, Milestone.START, d("2024-10-01"), BreachCause.FORCE_MAJEURE,
                        null, "flood", d("2024-10-10"), false))
                .on("2025-12-01", new IdleLandDisposed(D, IdleDisposalMethod.EXTENSION, "ZX-YC-2025-1", d("2025-12-01"),
                        null, null, d("2024-10-01"), d("2026-06-01"), d("2026-10-01"), d("2028-06-01"), null, null, null,
                        null, "flood"))
                .on("2026-06-01", new ConstructionStarted(D, d("2026-05-30"), "site photos", d("2026-06-01")))
                .on("2028-06-02", new MilestoneMissed(D, Milestone.COMPLETION, d("2028-06-01"), d("2028-06-02")))
                .on("2028-06-10",
                        new BreachFindingRecorded(D, Milestone.COMPLETION, d("2028-06-01"), BreachCause.LAND_USER, null,
                                "works stopped", d("2028-06-10"), true),
                        SampleParcel.notice(D, NoticeWording.performance(NoticeType.COMPLETION_PERFORMANCE, PROJECT, SupplyMethod.LISTING,
                                d("2028-06-01"), TOTAL_PRICE, new BigDecimal("0.0005"), d("2028-06-10")), 1))
                .on("2028-09-01", new ConstructionCompleted(D, d("2028-08-30"), "GH-YS-2028-3", d("2028-06-01")));
        inOneBatch(history.messages());

        assertThat(rows()).containsExactly(
                D + " | COMPLETION | 2028-06-01 | 2028-06-02 | BREACH | LAND_USER | null | works stopped | 2028-06-10 | " + D
                        + "-JGLY-01 | 2028-08-30 | null",
                D + " | START | 2024-10-01 | 2024-10-02 | EXTENDED | FORCE_MAJEURE | null | flood | 2024-10-10 | null | null"
                        + " | 2026-06-01");
    }

    @Test
    void aMissDeliveredAgainIsOneCaseAndAFindingWithoutItsMissChangesNothing() {
        ParcelHistory b = Stories.defaulter(B, "Zhao town");
        ParcelHistory c = ParcelHistory.of(C).on("2024-10-10", new BreachFindingRecorded(C, Milestone.START, d("2024-10-01"),
                BreachCause.LAND_USER, null, "no works", d("2024-10-10"), true));
        inOneBatch(List.of(b.messages().get(9), b.messages().get(9), c.messages().get(0)));
        inOneBatch(List.of(b.messages().get(9)));

        assertThat(rows()).containsExactly(B + " | START | 2024-10-01 | 2024-10-02 | AWAITING_FINDING | null | null | null"
                + " | null | null | null | null");
        assertThat(cases.findByStatusOrderByMissedFrom(BreachCase.Status.AWAITING_FINDING)).extracting(BreachCase::getParcelId)
                .containsExactly(B);
        assertThat(cases.findByStatusOrderByMissedFrom(BreachCase.Status.BREACH)).isEmpty();
    }

    private List<String> rows() {
        return tableRows("select parcel_id, milestone, agreed_date, missed_from, status, cause, government_cause,"
                + " findings, found_on, performance_notice_no, reached_on, extended_to from breach_case"
                + " order by parcel_id, milestone, agreed_date");
    }
}
