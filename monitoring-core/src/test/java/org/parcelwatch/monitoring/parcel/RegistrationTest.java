package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.monitoring.registration.InstallmentTerm;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.SupplyMethod;

class RegistrationTest extends ParcelFixture {

    @Test
    void registersTheSampleContract() {
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectSuccessfulHandlerExecution()
                // registered on 2024-02-01, a day after the first installment's reminder day (D−30): the check at
                // registration (issue 20) sends that reminder at once
                .expectEvents(SampleContract.registered(), notice(org.parcelwatch.monitoring.notice.NoticeWording.paymentReminder(
                        Histories.PROJECT, 1, SampleContract.FIRST_DUE, SampleContract.INSTALLMENT_AMOUNT, d("2024-02-01")), 1))
                .expectState(state(s -> {
                    assertThat(s.stage()).isEqualTo(Stage.REGISTERED);
                    assertThat(s.totalOutstanding()).isEqualByComparingTo("12345678.00");
                    assertThat(s.flags()).isEmpty();
                }));
    }

    @Test
    void registersASupplyToALandUserInDefaultWithAWarningNamingTheDefaults() {
        LandUserDefault terminated = new LandUserDefault("1305302024B00402", LandUserDefault.Kind.CONTRACT_TERMINATED,
                null, "JC-1", d("2024-01-10"));
        RegisterParcel command = SampleContract.register().withLandUserDefaults(List.of(terminated));
        fixture.givenNoPriorActivity()
                .when(command)
                .expectSuccessfulHandlerExecution()
                .expectState(state(s -> {
                    assertThat(s.contract().policyWarnings()).containsExactly(
                            "LAND_USER_IN_DEFAULT: the land user has open defaults (国土资发〔2010〕34号): 1305302024B00402"
                                    + " contract terminated since 2024-01-10 (JC-1)");
                    // and as data, so that the workbench can write them in the reader's language
                    assertThat(s.contract().landUserDefaults()).containsExactly(terminated);
                }));
    }

    @Test
    void refusesAnInvalidCreditCodeAndEmitsNothing() {
        fixture.givenNoPriorActivity()
                .when(SampleContract.builder().creditCode("91130530MA0CX0XU3F").build())
                .expectException(refused(RuleCode.INVALID_CONTRACT_TERMS))
                .expectNoEvents();
    }

    @Test
    void refusesInstallmentsThatDoNotSumToThePrice() {
        fixture.givenNoPriorActivity()
                .when(SampleContract.builder().installments(
                        new InstallmentTerm(d("2024-03-01"), yuan("6172839.00")),
                        new InstallmentTerm(d("2024-05-10"), yuan("6172838.99"))).build())
                .expectException(refused(RuleCode.INVALID_CONTRACT_TERMS))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("12345677.99"))
                .expectNoEvents();
    }

    @Test
    void refusesDatesOutOfOrder() {
        fixture.givenNoPriorActivity()
                .when(SampleContract.builder().agreedCompletionDate(d("2024-10-01")).build())
                .expectException(refused(RuleCode.INVALID_CONTRACT_TERMS))
                .expectNoEvents();
    }

    @Test
    void refusesASigningDateAfterToday() {
        clock.setToday("2024-01-31");
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectException(refused(RuleCode.INVALID_CONTRACT_TERMS))
                .expectNoEvents();
    }

    @Test
    void registersAnAllocationWithoutInstallments() {
        RegisterParcel allocation = SampleContract.builder().supplyMethod(SupplyMethod.ALLOCATION)
                .installments(List.of()).totalPrice(BigDecimal.ZERO).build();
        fixture.givenNoPriorActivity()
                .when(allocation)
                .expectEvents(SampleContract.registeredFrom(allocation));
    }

    @Test
    void refusesAnAllocationWithInstallments() {
        fixture.givenNoPriorActivity()
                .when(SampleContract.builder().supplyMethod(SupplyMethod.ALLOCATION).build())
                .expectException(refused(RuleCode.INVALID_CONTRACT_TERMS))
                .expectNoEvents();
    }

    @Test
    void keepsPaymentSchedulePolicyWarningsWithoutRefusing() {
        RegisterParcel lopsided = SampleContract.builder().installments(
                new InstallmentTerm(d("2024-03-15"), yuan("2345678.00")),
                new InstallmentTerm(d("2025-03-01"), yuan("10000000.00"))).build();
        fixture.givenNoPriorActivity()
                .when(lopsided)
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(new org.hamcrest.BaseMatcher<Object>() {
                            @Override
                            public boolean matches(Object actual) {
                                return actual instanceof ParcelRegistered r && r.policyWarnings().size() == 3
                                        && r.policyWarnings().get(0).startsWith("FIRST_INSTALLMENT_UNDER_HALF")
                                        && r.policyWarnings().get(1).startsWith("FIRST_INSTALLMENT_LATE")
                                        && r.policyWarnings().get(2).startsWith("REMAINDER_AFTER_ONE_YEAR");
                            }

                            @Override
                            public void describeTo(org.hamcrest.Description description) {
                                description.appendText("registration with the three payment-schedule warnings");
                            }
                        })));
    }

    @Test
    void fillsMissingPenaltyRatesWithTheBureauDefaults() {
        RegisterParcel noRates = SampleContract.builder().penaltyRates(null).build();
        fixture.givenNoPriorActivity()
                .when(noRates)
                .expectState(state(s -> assertThat(s.contract().penaltyRates()).isEqualTo(PenaltyRates.statutoryDefaults())));
    }
}
