package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import java.time.LocalDate;
import org.axonframework.test.aggregate.TestExecutor;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.idle.DetermineIdleLand;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.idle.VerifyIdleLand;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.notice.DeliveryDeadline;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;

/**
 * Rule 3 of issue 13: the investigation notice's 30 days to answer (53号令 Art. 5) and the idle-fee decision's
 * 30 days to pay run from the day the notice was delivered (送达), not issued; until then the deadline is open.
 */
class DeliveryDeadlineTest extends ParcelFixture {

    private static final LocalDate AGREED_START = LocalDate.parse("2024-10-01");
    private static final String INVESTIGATION = PARCEL_ID + "-XZDC-01";
    private static final String FEE_DECISION = PARCEL_ID + "-XZF-01";

    private static Object[] suspected() {
        return array(Histories.startBreached(),
                new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-02")));
    }

    /** The case: the officer verifies on 2025-10-05, which refers the case and issues the investigation notice. */
    private TestExecutor<Parcel> investigationIssuedOn5October() {
        clock.setToday("2025-10-05");
        return fixture.given(suspected()).andGivenCommands(new VerifyIdleLand(PARCEL_ID, d("2025-10-05"), true, "vacant"));
    }

    private static NoticeRecord notice(ParcelState s, String noticeNo) {
        return s.notice(noticeNo).orElseThrow();
    }

    @Test
    void theInvestigationNoticeHasNoDeadlineUntilItIsDelivered() {
        clock.setToday("2025-10-05");
        fixture.given(suspected())
                .when(new VerifyIdleLand(PARCEL_ID, d("2025-10-05"), true, "vacant"))
                .expectState(state(s -> {
                    NoticeRecord investigation = notice(s, INVESTIGATION);
                    assertThat(investigation.issuedOn()).isEqualTo(d("2025-10-05"));
                    assertThat(investigation.dueDate()).isNull();
                    // the brigade's own 30 days to begin the investigation still run from the referral
                    assertThat(s.idle().investigationDueBy()).isEqualTo(d("2025-11-04"));
                }));
    }

    @Test
    void issuedOn5OctoberAndDeliveredOn25OctoberItIsToBeAnsweredBy24November() {
        TestExecutor<Parcel> issued = investigationIssuedOn5October();
        clock.setToday("2025-10-26");
        issued.when(new RecordNoticeDelivery(PARCEL_ID, INVESTIGATION, d("2025-10-25"), "Zhang Min"))
                .expectEvents(new NoticeDelivered(PARCEL_ID, INVESTIGATION, NoticeType.IDLE_INVESTIGATION, d("2025-10-25"),
                        "Zhang Min", d("2025-11-24")))
                .expectState(state(s -> assertThat(notice(s, INVESTIGATION).dueDate()).isEqualTo(d("2025-11-24"))));
    }

    @Test
    void theAnswerIsDueThroughTheThirtiethDayAfterDeliveryAndLateFromTheDayAfter() {
        TestExecutor<Parcel> issued = investigationIssuedOn5October();
        clock.setToday("2025-10-26");
        issued.when(new RecordNoticeDelivery(PARCEL_ID, INVESTIGATION, d("2025-10-25"), "Zhang Min"))
                .expectState(state(s -> {
                    NoticeRecord n = notice(s, INVESTIGATION);
                    assertThat(n.isPastDue(d("2025-11-23"))).isFalse();
                    assertThat(n.isPastDue(d("2025-11-24"))).isFalse();
                    assertThat(n.isPastDue(d("2025-11-25"))).isTrue();
                }));
    }

    @Test
    void anUndeliveredNoticeIsNeverPastDue() {
        clock.setToday("2025-10-05");
        fixture.given(suspected())
                .when(new VerifyIdleLand(PARCEL_ID, d("2025-10-05"), true, "vacant"))
                .expectState(state(s -> assertThat(notice(s, INVESTIGATION).isPastDue(d("2030-01-01"))).isFalse()));
    }

    @Test
    void deliveredTheDayBeforeTheDayOfOrTheDayAfterTheDeadlineMovesDayByDay() {
        assertThat(DeliveryDeadline.dueOn(d("2025-10-24"), 30)).isEqualTo(d("2025-11-23"));
        assertThat(DeliveryDeadline.dueOn(d("2025-10-25"), 30)).isEqualTo(d("2025-11-24"));
        assertThat(DeliveryDeadline.dueOn(d("2025-10-26"), 30)).isEqualTo(d("2025-11-25"));
        assertThat(DeliveryDeadline.runsFromDelivery(NoticeType.IDLE_INVESTIGATION)).isTrue();
        assertThat(DeliveryDeadline.runsFromDelivery(NoticeType.IDLE_FEE_DECISION)).isTrue();
        assertThat(DeliveryDeadline.runsFromDelivery(NoticeType.PAYMENT_URGE)).isFalse();
        assertThat(DeliveryDeadline.runsFromDelivery(NoticeType.START_OVERDUE)).isFalse();
    }

    /**
     * A notice stored before the rule carries the deadline counted from its issue (issuedOn + 30): it reads as open
     * until delivered, and its delivery counts the same number of days from the delivery.
     */
    @Test
    void aNoticeIssuedBeforeTheRuleCountsItsDaysFromTheDeliveryToo() {
        Object[] storedBefore = array(java.util.List.of(suspected()),
                new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-05"), true, "vacant"),
                new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, AGREED_START, d("2025-10-05"), d("2025-11-04")),
                new NoticeIssued(PARCEL_ID, INVESTIGATION, NoticeType.IDLE_INVESTIGATION, d("2025-10-05"), d("2025-11-04"),
                        null, "facts", "请于2025-11-04前提交书面说明及相关材料；逾期不提交的，依据现有材料认定。"));
        clock.setToday("2025-10-26");
        fixture.given(storedBefore)
                .when(new RecordNoticeDelivery(PARCEL_ID, INVESTIGATION, d("2025-10-25"), "Zhang Min"))
                .expectEvents(new NoticeDelivered(PARCEL_ID, INVESTIGATION, NoticeType.IDLE_INVESTIGATION, d("2025-10-25"),
                        "Zhang Min", d("2025-11-24")))
                .expectState(state(s -> assertThat(notice(s, INVESTIGATION).dueDate()).isEqualTo(d("2025-11-24"))));
        assertThat(ParcelState.replay(java.util.Arrays.stream(storedBefore).map(ParcelEvent.class::cast).toList())
                .notice(INVESTIGATION).orElseThrow().dueDate()).isNull();
    }

    /** Referred on 2025-10-05, determined against the land user on 2025-12-01: the fee can be decided. */
    private TestExecutor<Parcel> determinedOn1December() {
        TestExecutor<Parcel> given = investigationIssuedOn5October();
        clock.setToday("2025-12-01");
        return given.andGivenCommands(new DetermineIdleLand(PARCEL_ID, "XH-XZRD-2025-001", d("2025-12-01"),
                BreachCause.LAND_USER, null, null))
                // the hearing on the fee offered and delivered the same day: not asked for by 2025-12-08
                .andGivenCommands(hearingNoticeDeliveredCommands(IdleDisposalMethod.IDLE_FEE, "2025-12-01", 1));
    }

    private static DisposeIdleLand feeDecidedOn10December() {
        return new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.IDLE_FEE, "XH-XZF-2025-001", d("2025-12-10"), null, null,
                null, null, null, d("2025-12-02"), null);
    }

    @Test
    void theIdleFeeIsPayableThirtyDaysFromTheDeliveryOfTheDecision() {
        TestExecutor<Parcel> given = determinedOn1December();
        clock.setToday("2025-12-10");
        given.andGivenCommands(feeDecidedOn10December());
        clock.setToday("2025-12-21");
        given.when(new RecordNoticeDelivery(PARCEL_ID, FEE_DECISION, d("2025-12-20"), "Zhang Min"))
                .expectEvents(new NoticeDelivered(PARCEL_ID, FEE_DECISION, NoticeType.IDLE_FEE_DECISION, d("2025-12-20"),
                        "Zhang Min", d("2026-01-19")))
                .expectState(state(s -> {
                    assertThat(notice(s, FEE_DECISION).dueDate()).isEqualTo(d("2026-01-19"));
                    assertThat(s.idle().feePayableBy()).isEqualTo(d("2026-01-19"));
                    assertThat(notice(s, FEE_DECISION).isPastDue(d("2026-01-18"))).isFalse();
                    assertThat(notice(s, FEE_DECISION).isPastDue(d("2026-01-19"))).isFalse();
                    assertThat(notice(s, FEE_DECISION).isPastDue(d("2026-01-20"))).isTrue();
                }));
    }

    @Test
    void theIdleFeeHasNoPaymentDeadlineUntilTheDecisionIsDelivered() {
        TestExecutor<Parcel> given = determinedOn1December();
        clock.setToday("2025-12-10");
        given.when(feeDecidedOn10December())
                .expectState(state(s -> {
                    assertThat(notice(s, FEE_DECISION).dueDate()).isNull();
                    assertThat(s.idle().feePayableBy()).isNull();
                    assertThat(s.idle().idleFee()).isEqualByComparingTo("2469135.60");
                }));
    }

    @Test
    void otherNoticesKeepTheDateTheyAreAbout() {
        clock.setToday("2024-04-11");
        String reminder = PARCEL_ID + "-TX-01";
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new RecordNoticeDelivery(PARCEL_ID, reminder, d("2024-04-11"), "Zhang San"))
                .expectEvents(new NoticeDelivered(PARCEL_ID, reminder, NoticeType.PAYMENT_REMINDER, d("2024-04-11"), "Zhang San"))
                .expectState(state(s -> assertThat(notice(s, reminder).dueDate()).isEqualTo(d("2024-05-10"))));
    }
}
