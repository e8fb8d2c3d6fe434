package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.milestone.RecordBreachFinding;
import org.parcelwatch.monitoring.milestone.RecordCompletion;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.milestone.RecordStart;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.registration.SupplyMethod;
import org.parcelwatch.monitoring.sweep.DueCheckResult;

class MilestoneTest extends ParcelFixture {

    @Test
    void recordsTheHandover() {
        clock.setToday("2024-04-02");
        fixture.given(SampleContract.registered())
                .when(new RecordHandover(PARCEL_ID, d("2024-04-01"), "XH-JD-2024-017"))
                .expectEvents(new HandoverRecorded(PARCEL_ID, d("2024-04-01"), "XH-JD-2024-017", d("2024-04-01")))
                .expectState(state(s -> assertThat(s.stage()).isEqualTo(Stage.HANDED_OVER)));
    }

    @Test
    void refusesASecondHandover() {
        clock.setToday("2024-06-01");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new RecordHandover(PARCEL_ID, d("2024-05-01"), "again"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void refusesAStartBeforeTheHandover() {
        clock.setToday("2024-06-01");
        fixture.given(SampleContract.registered())
                .when(new RecordStart(PARCEL_ID, d("2024-05-01"), "photos"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void refusesAStartDatedAfterToday() {
        clock.setToday("2024-06-01");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new RecordStart(PARCEL_ID, d("2024-06-02"), "photos"))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void refusesCompletionBeforeAStart() {
        clock.setToday("2024-06-01");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new RecordCompletion(PARCEL_ID, d("2024-05-01"), "GH-YS-01"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void recordsCompletionAfterTheStart() {
        clock.setToday("2026-06-01");
        fixture.given(Histories.startedOnTime().toArray())
                .when(new RecordCompletion(PARCEL_ID, d("2026-05-20"), "GH-YS-2026-03"))
                .expectEvents(new ConstructionCompleted(PARCEL_ID, d("2026-05-20"), "GH-YS-2026-03", d("2026-10-01")))
                .expectState(state(s -> assertThat(s.stage()).isEqualTo(Stage.COMPLETED)));
    }

    @Test
    void remindsNothingThirtyOneDaysBeforeTheAgreedStart() {
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(sweepOn("2024-08-31"))
                .expectNoEvents();
    }

    @Test
    void remindsOfTheStartThirtyDaysAhead() {
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(sweepOn("2024-09-01"))
                .expectEvents(notice(NoticeWording.startReminder(PROJECT, d("2024-10-01"), d("2024-09-01")), 1));
    }

    @Test
    void theStartIsNotMissedOnTheAgreedDay() {
        fixture.given(Histories.startReminded().toArray())
                .when(sweepOn("2024-10-01"))
                .expectNoEvents();
    }

    @Test
    void theStartIsMissedTheDayAfterWithAStartNotice() {
        fixture.given(Histories.startReminded().toArray())
                .when(sweepOn("2024-10-02"))
                .expectEvents(new MilestoneMissed(PARCEL_ID, Milestone.START, d("2024-10-01"), d("2024-10-02")),
                        notice(NoticeWording.startOverdue(PROJECT, d("2024-10-01"), d("2024-10-02")), 1))
                .expectResultMessagePayload(new DueCheckResult(PARCEL_ID, d("2024-10-02"), Map.of("START_MISSED", 1), d("2025-10-02")))
                .expectState(state(s -> {
                    assertThat(s.flags()).containsExactly(Flag.START_MISSED);
                    assertThat(s.milestone(Milestone.START).status(d("2024-10-02"))).isEqualTo(MilestoneTrack.Status.MISSED);
                }));
    }

    @Test
    void aLandUserFindingIsABreachWithAPerformanceNoticeAndDailyDamages() {
        clock.setToday("2024-10-10");
        fixture.given(Histories.startMissed().toArray())
                .when(new RecordBreachFinding(PARCEL_ID, Milestone.START, BreachCause.LAND_USER, null, "no site works"))
                .expectEvents(new BreachFindingRecorded(PARCEL_ID, Milestone.START, d("2024-10-01"), BreachCause.LAND_USER, null,
                                "no site works", d("2024-10-10"), true),
                        notice(NoticeWording.performance(NoticeType.START_PERFORMANCE, PROJECT, SupplyMethod.LISTING, d("2024-10-01"),
                                yuan("12345678.00"), yuan("0.0005"), d("2024-10-10")), 1))
                .expectState(state(s -> {
                    assertThat(s.flags()).containsExactly(Flag.START_BREACH);
                    // 0.0005 × 12,345,678.00 × 10 days (2024-10-01 → 2024-10-11)
                    assertThat(s.damages(d("2024-10-11")).lateStart()).isEqualByComparingTo("61728.39");
                }));
    }

    @Test
    void lateStartDamagesStopAtTheActualStart() {
        clock.setToday("2024-10-21");
        fixture.given(Histories.startBreached().toArray())
                .when(new RecordStart(PARCEL_ID, d("2024-10-21"), "site photos"))
                .expectEvents(new ConstructionStarted(PARCEL_ID, d("2024-10-21"), "site photos", d("2024-10-01")))
                .expectState(state(s -> {
                    assertThat(s.flags()).isEmpty();
                    // 20 days × 6,172.839 = 123,456.78, whatever day is asked about afterwards
                    assertThat(s.damages(d("2025-01-01")).lateStart()).isEqualByComparingTo("123456.78");
                    assertThat(s.damages(d("2025-01-01")).total()).isEqualByComparingTo("123456.78");
                }));
    }

    @Test
    void aGovernmentFindingIsNoBreach() {
        clock.setToday("2024-10-10");
        fixture.given(Histories.startMissed().toArray())
                .when(new RecordBreachFinding(PARCEL_ID, Milestone.START, BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED,
                        "zoning revision"))
                .expectEvents(new BreachFindingRecorded(PARCEL_ID, Milestone.START, d("2024-10-01"), BreachCause.GOVERNMENT,
                        GovernmentCause.PLAN_REVISED, "zoning revision", d("2024-10-10"), false))
                .expectState(state(s -> {
                    assertThat(s.flags()).containsExactly(Flag.START_MISSED);
                    assertThat(s.milestone(Milestone.START).status(d("2024-10-10"))).isEqualTo(MilestoneTrack.Status.EXCUSED);
                    assertThat(s.damages(d("2024-12-01")).lateStart()).isEqualByComparingTo("0.00");
                }));
    }

    @Test
    void aGovernmentFindingMustNameItsGround() {
        clock.setToday("2024-10-10");
        fixture.given(Histories.startMissed().toArray())
                .when(new RecordBreachFinding(PARCEL_ID, Milestone.START, BreachCause.GOVERNMENT, null, "?"))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void noFindingWithoutAMissedDate() {
        clock.setToday("2024-09-10");
        fixture.given(Histories.startReminded().toArray())
                .when(new RecordBreachFinding(PARCEL_ID, Milestone.START, BreachCause.LAND_USER, null, "early"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void noSecondFindingForTheSameMiss() {
        clock.setToday("2024-10-20");
        fixture.given(Histories.startBreached().toArray())
                .when(new RecordBreachFinding(PARCEL_ID, Milestone.START, BreachCause.FORCE_MAJEURE, null, "flood"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void remindsOfCompletionThirtyDaysAheadAndMissesItTheDayAfter() {
        fixture.given(Histories.startedOnTime().toArray())
                .when(sweepOn("2026-08-31"))
                .expectNoEvents();
        createFixture();
        fixture.given(Histories.startedOnTime().toArray())
                .when(sweepOn("2026-09-01"))
                .expectEvents(notice(NoticeWording.completionReminder(PROJECT, d("2026-10-01"), d("2026-09-01")), 1));
        createFixture();
        fixture.given(array(Histories.startedOnTime(),
                        notice(NoticeWording.completionReminder(PROJECT, d("2026-10-01"), d("2026-09-01")), 1)))
                .when(sweepOn("2026-10-01"))
                .expectNoEvents();
        createFixture();
        fixture.given(array(Histories.startedOnTime(),
                        notice(NoticeWording.completionReminder(PROJECT, d("2026-10-01"), d("2026-09-01")), 1)))
                .when(sweepOn("2026-10-02"))
                .expectEvents(new MilestoneMissed(PARCEL_ID, Milestone.COMPLETION, d("2026-10-01"), d("2026-10-02")))
                .expectState(state(s -> assertThat(s.flags()).containsExactly(Flag.COMPLETION_MISSED)));
    }

    @Test
    void aLandUserCompletionFindingIsACompletionBreach() {
        clock.setToday("2026-10-12");
        fixture.given(array(Histories.startedOnTime(),
                        notice(NoticeWording.completionReminder(PROJECT, d("2026-10-01"), d("2026-09-01")), 1),
                        new MilestoneMissed(PARCEL_ID, Milestone.COMPLETION, d("2026-10-01"), d("2026-10-02"))))
                .when(new RecordBreachFinding(PARCEL_ID, Milestone.COMPLETION, BreachCause.LAND_USER, null, "works stalled"))
                .expectEvents(new BreachFindingRecorded(PARCEL_ID, Milestone.COMPLETION, d("2026-10-01"), BreachCause.LAND_USER,
                                null, "works stalled", d("2026-10-12"), true),
                        notice(NoticeWording.performance(NoticeType.COMPLETION_PERFORMANCE, PROJECT, SupplyMethod.LISTING, d("2026-10-01"),
                                yuan("12345678.00"), yuan("0.0005"), d("2026-10-12")), 1))
                .expectState(state(s -> {
                    assertThat(s.flags()).containsExactly(Flag.COMPLETION_BREACH);
                    assertThat(s.damages(d("2026-10-11")).lateCompletion()).isEqualByComparingTo("61728.39");
                }));
    }
}
