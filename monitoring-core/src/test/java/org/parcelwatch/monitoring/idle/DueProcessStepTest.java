package org.parcelwatch.monitoring.idle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;

class DueProcessStepTest {

    private static final String ID = SampleContract.PARCEL_ID;
    private static final String NOTICE = ID + "-TZGZ-01";
    private static final IdleDisposalMethod FEE = IdleDisposalMethod.IDLE_FEE;
    private static final IdleDisposalMethod RECOVERY = IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION;

    private static LocalDate d(String day) {
        return LocalDate.parse(day);
    }

    private static List<ParcelEvent> determined(BreachCause cause) {
        List<ParcelEvent> events = new ArrayList<>(List.of(SampleContract.registered(),
                new IdleLandSuspected(ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-02")),
                new IdleLandVerified(ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-08"), true, "vacant"),
                new IdleLandReferred(ID, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-08"), d("2025-11-07")),
                new IdleLandDetermined(ID, "RD-1", d("2025-10-28"), cause,
                        cause == BreachCause.GOVERNMENT ? GovernmentCause.PLAN_REVISED : null, d("2024-10-01"))));
        return events;
    }

    private static DueProcessStep.Step step(List<ParcelEvent> events, String asOf) {
        return DueProcessStep.of(ParcelState.replay(events).idle(), d(asOf)).map(DueProcessStep::step).orElse(null);
    }

    @Test
    void aFeeCaseWalksFromTheNoticeToTheDecision() {
        List<ParcelEvent> events = determined(BreachCause.LAND_USER);
        assertThat(step(events, "2025-10-28")).isEqualTo(DueProcessStep.Step.NOTICE_TO_ISSUE);
        events.add(new HearingRightsNotified(ID, NOTICE, FEE, d("2025-10-28")));
        events.add(NoticeWording.hearingRights("p", "征缴土地闲置费决定", d("2025-10-28"), 5).issue(ID, 1));
        assertThat(step(events, "2025-10-28")).isEqualTo(DueProcessStep.Step.DELIVERY_PENDING);
        events.add(new NoticeDelivered(ID, NOTICE, NoticeType.HEARING_RIGHTS, d("2025-10-28"), "Li Wei", d("2025-11-04")));
        assertThat(step(events, "2025-11-04")).isEqualTo(DueProcessStep.Step.REQUEST_PERIOD_RUNNING);
        assertThat(step(events, "2025-11-05")).isEqualTo(DueProcessStep.Step.DECISION_DUE);
        events.add(new HearingRecorded(ID, NOTICE, FEE, d("2025-11-03"), null, null, null, null));
        assertThat(step(events, "2025-11-05")).isEqualTo(DueProcessStep.Step.HEARING_TO_HOLD);
    }

    @Test
    void aRecoveryWhoseHearingIsDoneWaitsForTheApproval() {
        List<ParcelEvent> events = determined(BreachCause.LAND_USER);
        events.add(new IdleLandRecoveryEligible(ID, d("2024-10-01"), d("2026-10-02")));
        assertThat(DueProcessStep.of(ParcelState.replay(events).idle(), d("2026-10-02")).orElseThrow().decision())
                .isEqualTo(RECOVERY);
        events.add(new HearingRightsNotified(ID, NOTICE, RECOVERY, d("2026-10-02")));
        events.add(NoticeWording.hearingRights("p", "无偿收回国有建设用地使用权决定", d("2026-10-02"), 5).issue(ID, 1));
        events.add(new NoticeDelivered(ID, NOTICE, NoticeType.HEARING_RIGHTS, d("2026-10-02"), "Li Wei", d("2026-10-13")));
        events.add(new HearingRecorded(ID, NOTICE, RECOVERY, null, d("2026-10-05"), null, null, null));
        assertThat(step(events, "2026-10-06")).isEqualTo(DueProcessStep.Step.APPROVAL_MISSING);
    }

    @Test
    void aGovernmentCauseCaseHasNoHearingStep() {
        assertThat(DueProcessStep.of(ParcelState.replay(determined(BreachCause.GOVERNMENT)).idle(), d("2025-11-01"))).isEmpty();
    }
}
