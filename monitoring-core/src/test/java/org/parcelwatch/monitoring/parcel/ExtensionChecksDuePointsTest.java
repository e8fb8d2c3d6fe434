package org.parcelwatch.monitoring.parcel;

import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;

import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.sweep.EnteringHistory;

/**
 * Issue 20: a command that changes the parcel's dates checks its due points at once. The start, agreed for 2024-10-01
 * and reminded on 2024-09-01, is extended on 2024-09-25 to 2024-10-20: the reminder for the new date falls on
 * 2024-09-20 (D−30), which has passed, so it goes out with the extension, not only with the night's sweep.
 */
class ExtensionChecksDuePointsTest extends ParcelFixture {

    private static GrantExtension extendStartTo(String newStart) {
        return new GrantExtension(PARCEL_ID, Milestone.START, d(newStart), "XH-YQ-2024-11", d("2024-09-25"),
                d("2024-08-25"), "plan revised", null);
    }

    private static ExtensionGranted grantedTo(String newStart, String newCompletion) {
        return new ExtensionGranted(PARCEL_ID, Milestone.START, d("2024-10-01"), d(newStart), d("2026-10-01"),
                d(newCompletion), "XH-YQ-2024-11", d("2024-09-25"), "plan revised", null);
    }

    @Test
    void aNewDateWhoseReminderDayHasPassedIsRemindedAtOnce() {
        clock.setToday("2024-09-25");
        fixture.given(Histories.startReminded().toArray())
                .when(extendStartTo("2024-10-20"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(grantedTo("2024-10-20", "2026-10-20"),
                        notice(NoticeWording.startReminder(PROJECT, d("2024-10-20"), d("2024-09-25")), 2));
    }

    @Test
    void aNewDateWhoseReminderDayIsTomorrowWaitsForItsSweep() {
        // D−30 of 2024-10-26 is 2024-09-26: nothing is due on 2024-09-25
        clock.setToday("2024-09-25");
        fixture.given(Histories.startReminded().toArray())
                .when(extendStartTo("2024-10-26"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(grantedTo("2024-10-26", "2026-10-26"));
    }

    @Test
    void anExtensionEnteringHistoryChecksNothing() {
        clock.setToday("2024-09-25");
        fixture.given(Histories.startReminded().toArray())
                .when(extendStartTo("2024-10-20"), EnteringHistory.on())
                .expectSuccessfulHandlerExecution()
                .expectEvents(grantedTo("2024-10-20", "2026-10-20"));
    }

    /**
     * An Art. 12 extension disposal (延长动工开发期限) sets a new start: decided on 2025-11-01 for 2025-11-20, whose
     * reminder day (2025-10-21) has passed, the start reminder goes out with the decision.
     */
    @Test
    void anExtensionDisposalWhoseNewStartIsWithinTheLeadIsRemindedAtOnce() {
        clock.setToday("2025-11-01");
        DisposeIdleLand disposal = new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.EXTENSION, "XH-CZ-02", d("2025-11-01"),
                d("2025-11-20"), null, null, null, null, null, "plan revised");
        fixture.given(IdleLandTest.determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(disposal)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.Matchers.instanceOf(IdleLandDisposed.class),
                        org.hamcrest.Matchers.equalTo(notice(NoticeWording.startReminder(PROJECT, d("2025-11-20"),
                                d("2025-11-01")), 2)),
                        Matchers.andNoMore())));
        createFixture();
        clock.setToday("2025-11-01");
        fixture.given(IdleLandTest.determined(BreachCause.GOVERNMENT, GovernmentCause.PLAN_REVISED))
                .when(disposal, EnteringHistory.on())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        org.hamcrest.Matchers.instanceOf(IdleLandDisposed.class), Matchers.andNoMore())));
    }
}
