package org.parcelwatch.monitoring.parcel;

import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.DueCheckResult;

class NoticeAndSweepTest extends ParcelFixture {

    private static final String REMINDER_NO = "1305302024B00017-TX-01";

    @Test
    void recordsADeliveryOnce() {
        clock.setToday("2024-04-12");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new RecordNoticeDelivery(PARCEL_ID, REMINDER_NO, d("2024-04-11"), "Zhang San"))
                .expectEvents(new NoticeDelivered(PARCEL_ID, REMINDER_NO, NoticeType.PAYMENT_REMINDER, d("2024-04-11"), "Zhang San"));
        createFixture();
        fixture.given(Histories.array(Histories.paidAndHandedOver(),
                        new NoticeDelivered(PARCEL_ID, REMINDER_NO, NoticeType.PAYMENT_REMINDER, d("2024-04-11"), "Zhang San")))
                .when(new RecordNoticeDelivery(PARCEL_ID, REMINDER_NO, d("2024-04-12"), "Li Si"))
                .expectException(refused(RuleCode.ILLEGAL_STATE))
                .expectNoEvents();
    }

    @Test
    void refusesADeliveryOfAnUnknownNotice() {
        clock.setToday("2024-04-12");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new RecordNoticeDelivery(PARCEL_ID, "1305302024B00017-CJ-07", d("2024-04-11"), "Zhang San"))
                .expectException(refused(RuleCode.NOTICE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void refusesADeliveryBeforeTheNoticeWasIssued() {
        clock.setToday("2024-04-12");
        fixture.given(Histories.paidAndHandedOver().toArray())
                .when(new RecordNoticeDelivery(PARCEL_ID, REMINDER_NO, d("2024-04-09"), "Zhang San"))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void theSweepRunTwiceOnTheSameDayIssuesNothingTheSecondTime() {
        fixture.given(SampleContract.registered(),
                        paid("R-001", "6172839.00", "2024-02-25", new org.parcelwatch.monitoring.payment.Settlement(1, yuan("6172839.00"))),
                        new HandoverRecorded(PARCEL_ID, d("2024-04-01"), "JD-1", d("2024-04-01")),
                        notice(NoticeWording.paymentReminder(PROJECT, 2, d("2024-05-10"), yuan("6172839.00"), d("2024-04-10")), 1))
                .when(sweepOn("2024-04-10"))
                .expectNoEvents()
                .expectResultMessagePayload(new DueCheckResult(PARCEL_ID, d("2024-04-10"), Map.of(), d("2024-05-11")));
    }

    @Test
    void refusesASweepDatedAfterToday() {
        clock.setToday("2024-04-10");
        fixture.given(SampleContract.registered())
                .when(new CheckDuePoints(PARCEL_ID, d("2024-04-11")))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }
}
