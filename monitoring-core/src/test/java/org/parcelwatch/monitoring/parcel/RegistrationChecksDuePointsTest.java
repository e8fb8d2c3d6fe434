package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.FIRST_DUE;
import static org.parcelwatch.monitoring.SampleContract.INSTALLMENT_AMOUNT;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.PROJECT;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.EventHash;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.sweep.EnteringHistory;

/**
 * Issue 20: a registration checks the parcel's due points at once, with the sweep's rules, on the business date it is
 * registered, so that the answer to the registration already shows what is overdue. At the day boundary of the first
 * installment (due 2024-03-01, overdue from 2024-03-02).
 */
class RegistrationChecksDuePointsTest extends ParcelFixture {

    @Test
    void registeredTheDayAfterADueDateTheInstallmentIsOverdueWithItsUrgeNotice() {
        clock.setToday("2024-03-02");
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectSuccessfulHandlerExecution()
                .expectEvents(SampleContract.registered(),
                        new InstallmentOverdue(PARCEL_ID, 1, FIRST_DUE, INSTALLMENT_AMOUNT, d("2024-03-02")),
                        notice(NoticeWording.paymentUrge(PROJECT, 1, FIRST_DUE, INSTALLMENT_AMOUNT, yuan("0.001"), 60,
                                d("2024-03-02")), 1))
                .expectState(state(s -> {
                    assertThat(s.flags()).containsExactly(Flag.PAYMENT_OVERDUE);
                    assertThat(s.installments().get(0).overdueFrom()).isEqualTo(d("2024-03-02"));
                    assertThat(s.noticesOfType(NoticeType.PAYMENT_URGE)).isEqualTo(1);
                }));
    }

    @Test
    void registeredOnTheDueDateNothingIsOverdueYetButTheLateReminderGoesOut() {
        clock.setToday("2024-03-01");
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectSuccessfulHandlerExecution()
                // the reminder's day (D−30) has passed but D has not: the reminder is still issued (DESIGN §2)
                .expectEvents(SampleContract.registered(),
                        notice(NoticeWording.paymentReminder(PROJECT, 1, FIRST_DUE, INSTALLMENT_AMOUNT, d("2024-03-01")), 1))
                .expectState(state(s -> {
                    assertThat(s.flags()).isEmpty();
                    assertThat(s.installments().get(0).overdueFrom()).isNull();
                    assertThat(s.noticesOfType(NoticeType.PAYMENT_URGE)).isZero();
                }));
    }

    @Test
    void registeredBeforeAnyDateNothingFires() {
        clock.setToday("2024-02-01");
        fixture.givenNoPriorActivity()
                .when(SampleContract.builder().installments(
                        new org.parcelwatch.monitoring.registration.InstallmentTerm(d("2024-03-05"), INSTALLMENT_AMOUNT),
                        new org.parcelwatch.monitoring.registration.InstallmentTerm(d("2024-05-10"), INSTALLMENT_AMOUNT)).build())
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(sized(1));
    }

    @Test
    void aRegistrationEnteringHistoryChecksNothing() {
        clock.setToday("2024-06-01");
        fixture.givenNoPriorActivity()
                .when(SampleContract.register(), EnteringHistory.on())
                .expectSuccessfulHandlerExecution()
                .expectEvents(SampleContract.registered())
                .expectState(state(s -> assertThat(s.flags()).isEmpty()));
    }

    @Test
    void theEventsTheCheckFiresAreChainedAfterTheRegistration() {
        clock.setToday("2024-06-01");
        List<EventMessage<?>> published = new ArrayList<>();
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectEventsMatching(capture(published));
        // the registration, two installments overdue with their urge notices, and the handover overdue
        assertThat(published).hasSize(6);
        String previous = EventHash.GENESIS;
        for (int i = 0; i < published.size(); i++) {
            EventMessage<?> event = published.get(i);
            assertThat(event.getMetaData().get(AuditMetadata.PREVIOUS_HASH)).isEqualTo(previous);
            String expected = EventHash.of(previous, PARCEL_ID, i, event.getPayload());
            assertThat(event.getMetaData().get(AuditMetadata.HASH)).isEqualTo(expected);
            previous = expected;
        }
        assertThat(published.stream().map(EventMessage::getPayload)
                .filter(p -> p instanceof org.parcelwatch.monitoring.notice.NoticeIssued)
                .map(p -> ((org.parcelwatch.monitoring.notice.NoticeIssued) p).noticeNo()))
                .containsExactly("1305302024B00017-CJ-01", "1305302024B00017-CJ-02");
    }

    private static BaseMatcher<List<EventMessage<?>>> sized(int size) {
        return new BaseMatcher<>() {
            @Override
            public boolean matches(Object actual) {
                return actual instanceof List<?> list && list.size() == size;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(size + " events");
            }
        };
    }
}
