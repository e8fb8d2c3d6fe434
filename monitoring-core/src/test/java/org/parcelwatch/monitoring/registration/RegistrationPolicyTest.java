package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

class RegistrationPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static SampleContract.Builder sample() {
        return SampleContract.builder();
    }

    private static Optional<String> check(Rule<RegistrationPolicy.Request> rule, SampleContract.Builder contract) {
        return rule.check(new RegistrationPolicy.Request(contract.build(), TODAY)).map(Refusal::reason);
    }

    private static String broken(Rule<RegistrationPolicy.Request> rule, SampleContract.Builder contract) {
        RegisterParcel command = contract.build();
        Optional<Refusal> refusal = rule.check(new RegistrationPolicy.Request(command, TODAY));
        assertThat(refusal).as("the rule is broken").isPresent();
        assertThat(refusal.get().code()).isEqualTo(RuleCode.INVALID_CONTRACT_TERMS);
        Optional<String> violation = refusal.map(Refusal::reason);
        assertThat(RegistrationPolicy.violationsOf(command, TODAY)).contains(violation.get());
        return violation.get();
    }

    private static InstallmentTerm term(String due, String amount) {
        return new InstallmentTerm(LocalDate.parse(due), new BigDecimal(amount));
    }

    @Test
    void theSampleBodyBreaksNoRule() {
        assertThat(RegistrationPolicy.ALL).hasSize(17);
        for (Rule<RegistrationPolicy.Request> rule : RegistrationPolicy.ALL) {
            assertThat(rule.check(new RegistrationPolicy.Request(SampleContract.register(), TODAY))).isEmpty();
        }
        assertThat(RegistrationPolicy.violationsOf(SampleContract.register(), TODAY)).isEmpty();
    }

    @Test
    void anAllocationWithoutInstallmentsAndAtNoPriceBreaksNoRule() {
        RegisterParcel allocation = sample().supplyMethod(SupplyMethod.ALLOCATION).installments(List.of())
                .totalPrice(new BigDecimal("0.00")).build();
        assertThat(RegistrationPolicy.violationsOf(allocation, TODAY)).isEmpty();
    }

    @Nested
    class WellFormedSupervisionNumber {
        @Test
        void brokenByAMalformedNumber() {
            assertThat(broken(RegistrationPolicy.WELL_FORMED_SUPERVISION_NUMBER, sample().parcelId("1305302024X00017")))
                    .contains("electronic supervision number");
        }

        @Test
        void brokenByNoNumber() {
            broken(RegistrationPolicy.WELL_FORMED_SUPERVISION_NUMBER, sample().parcelId(null));
        }
    }

    @Nested
    class DistrictMatchesSupervisionNumber {
        @Test
        void brokenByAnotherCounty() {
            assertThat(broken(RegistrationPolicy.DISTRICT_MATCHES_SUPERVISION_NUMBER, sample().districtCode("130531")))
                    .isEqualTo("districtCode 130531 is not the county of supervision number 1305302024B00017");
        }

        @Test
        void holdsWithoutADistrictCode() {
            assertThat(check(RegistrationPolicy.DISTRICT_MATCHES_SUPERVISION_NUMBER, sample().districtCode(null))).isEmpty();
        }

        @Test
        void leftToTheFormatRuleWhenTheNumberIsMalformed() {
            assertThat(check(RegistrationPolicy.DISTRICT_MATCHES_SUPERVISION_NUMBER, sample().parcelId("bad"))).isEmpty();
        }
    }

    @Nested
    class RequiredTerms {
        @Test
        void brokenByMissingTermsNamedEachInTurn() {
            assertThat(broken(RegistrationPolicy.REQUIRED_TERMS, sample().contractNo(" ").township(null).agreedStartDate(null)))
                    .isEqualTo("missing contract terms: contractNo, township, agreedStartDate");
        }

        @Test
        void brokenByALandUserWithoutName() {
            assertThat(broken(RegistrationPolicy.REQUIRED_TERMS,
                    sample().landUser(new LandUser("", SampleContract.CREDIT_CODE))))
                    .isEqualTo("missing contract terms: landUser.name");
        }

        @Test
        void brokenByEveryMissingTerm() {
            assertThat(broken(RegistrationPolicy.REQUIRED_TERMS, sample().contractNo(null).supplyMethod(null).landUser(null)
                    .township(null).areaSqm(null).totalPrice(null).signedOn(null).agreedHandoverDate(null)
                    .agreedStartDate(null).agreedCompletionDate(null)))
                    .isEqualTo("missing contract terms: contractNo, supplyMethod, landUser.name, township, areaSqm, "
                            + "totalPrice, signedOn, agreedHandoverDate, agreedStartDate, agreedCompletionDate");
        }
    }

    @Nested
    class ValidCreditCode {
        @Test
        void brokenByAWrongCheckCharacter() {
            assertThat(broken(RegistrationPolicy.VALID_CREDIT_CODE, sample().creditCode("91130530MA0CX0XU3F")))
                    .contains("creditCode");
        }

        @Test
        void brokenByAMissingCode() {
            broken(RegistrationPolicy.VALID_CREDIT_CODE, sample().creditCode(null));
        }
    }

    @Nested
    class PositiveArea {
        @Test
        void brokenByZeroArea() {
            assertThat(broken(RegistrationPolicy.POSITIVE_AREA, sample().areaSqm(new BigDecimal("0.00"))))
                    .isEqualTo("areaSqm must be positive");
        }

        @Test
        void brokenByNegativeArea() {
            broken(RegistrationPolicy.POSITIVE_AREA, sample().areaSqm(new BigDecimal("-1")));
        }

        @Test
        void holdsForTheSmallestArea() {
            assertThat(check(RegistrationPolicy.POSITIVE_AREA, sample().areaSqm(new BigDecimal("0.01")))).isEmpty();
        }
    }

    @Nested
    class PriceInWholeFen {
        @Test
        void brokenByFractionsOfAFen() {
            assertThat(broken(RegistrationPolicy.PRICE_IN_WHOLE_FEN, sample().totalPrice(new BigDecimal("12345678.001"))))
                    .isEqualTo("totalPrice has fractions of a fen");
        }

        @Test
        void trailingZerosAreNotFractions() {
            assertThat(check(RegistrationPolicy.PRICE_IN_WHOLE_FEN, sample().totalPrice(new BigDecimal("12345678.0000")))).isEmpty();
        }

        @Test
        void brokenByAFreeGrant() {
            assertThat(broken(RegistrationPolicy.PRICE_IN_WHOLE_FEN, sample().totalPrice(BigDecimal.ZERO)))
                    .isEqualTo("totalPrice must be positive");
        }

        @Test
        void anAllocationMayBeFreeButNotNegative() {
            SampleContract.Builder allocation = sample().supplyMethod(SupplyMethod.ALLOCATION).installments(List.of());
            assertThat(check(RegistrationPolicy.PRICE_IN_WHOLE_FEN, allocation.totalPrice(BigDecimal.ZERO))).isEmpty();
            assertThat(broken(RegistrationPolicy.PRICE_IN_WHOLE_FEN, allocation.totalPrice(new BigDecimal("-1.00"))))
                    .isEqualTo("totalPrice must be positive or zero for an allocation");
        }
    }

    @Nested
    class MilestonesInOrder {
        @Test
        void brokenWhenSignedAfterHandover() {
            assertThat(broken(RegistrationPolicy.MILESTONES_IN_ORDER, sample().agreedHandoverDate(LocalDate.of(2024, 1, 31))))
                    .contains("signedOn <= agreedHandoverDate <= agreedStartDate < agreedCompletionDate");
        }

        @Test
        void handoverOnTheSigningDayIsAllowed() {
            assertThat(check(RegistrationPolicy.MILESTONES_IN_ORDER, sample().agreedHandoverDate(SampleContract.SIGNED_ON))).isEmpty();
        }

        @Test
        void brokenWhenStartBeforeHandover() {
            broken(RegistrationPolicy.MILESTONES_IN_ORDER, sample().agreedStartDate(LocalDate.of(2024, 3, 31)));
        }

        @Test
        void startOnTheHandoverDayIsAllowed() {
            assertThat(check(RegistrationPolicy.MILESTONES_IN_ORDER, sample().agreedStartDate(SampleContract.AGREED_HANDOVER))).isEmpty();
        }

        @Test
        void brokenWhenStartOnTheCompletionDay() {
            broken(RegistrationPolicy.MILESTONES_IN_ORDER, sample().agreedCompletionDate(SampleContract.AGREED_START));
        }

        @Test
        void completionTheDayAfterStartIsAllowed() {
            assertThat(check(RegistrationPolicy.MILESTONES_IN_ORDER,
                    sample().agreedCompletionDate(SampleContract.AGREED_START.plusDays(1)))).isEmpty();
        }
    }

    @Nested
    class SignedNotInFuture {
        @Test
        void brokenWhenSignedTomorrow() {
            assertThat(broken(RegistrationPolicy.SIGNED_NOT_IN_FUTURE, sample().signedOn(TODAY.plusDays(1))
                    .installments(List.of(term("2024-06-10", "12345678.00")))))
                    .isEqualTo("signedOn 2024-06-02 lies after today 2024-06-01");
        }

        @Test
        void signedTodayIsAllowed() {
            assertThat(check(RegistrationPolicy.SIGNED_NOT_IN_FUTURE, sample().signedOn(TODAY))).isEmpty();
        }
    }

    @Nested
    class AllocationHasNoInstallments {
        @Test
        void brokenByAnAllocationWithInstallments() {
            assertThat(broken(RegistrationPolicy.ALLOCATION_HAS_NO_INSTALLMENTS, sample().supplyMethod(SupplyMethod.ALLOCATION)))
                    .isEqualTo("an allocation (划拨) has no installments");
        }

        @Test
        void grantsAreNotConcerned() {
            assertThat(check(RegistrationPolicy.ALLOCATION_HAS_NO_INSTALLMENTS, sample().supplyMethod(SupplyMethod.AUCTION))).isEmpty();
        }
    }

    @Nested
    class GrantHasInstallments {
        @Test
        void brokenByAGrantWithoutSchedule() {
            assertThat(broken(RegistrationPolicy.GRANT_HAS_INSTALLMENTS, sample().installments(List.of())))
                    .isEqualTo("a grant contract needs its installment schedule");
        }

        @Test
        void brokenByAGrantWithANullSchedule() {
            broken(RegistrationPolicy.GRANT_HAS_INSTALLMENTS, sample().supplyMethod(SupplyMethod.TENDER).installments((List<InstallmentTerm>) null));
        }

        @Test
        void anAllocationNeedsNone() {
            assertThat(check(RegistrationPolicy.GRANT_HAS_INSTALLMENTS,
                    sample().supplyMethod(SupplyMethod.ALLOCATION).installments(List.of()))).isEmpty();
        }
    }

    @Nested
    class InstallmentsWellFormed {
        @Test
        void brokenBySameDueDates() {
            assertThat(broken(RegistrationPolicy.INSTALLMENTS_WELL_FORMED, sample().installments(
                    term("2024-03-01", "6172839.00"), term("2024-03-01", "6172839.00"))))
                    .isEqualTo("installment due dates must be strictly increasing");
        }

        @Test
        void brokenByDecreasingDueDates() {
            assertThat(broken(RegistrationPolicy.INSTALLMENTS_WELL_FORMED, sample().installments(
                    term("2024-05-10", "6172839.00"), term("2024-03-01", "6172839.00"))))
                    .isEqualTo("installment due dates must be strictly increasing");
        }

        @Test
        void brokenByAZeroAmount() {
            assertThat(broken(RegistrationPolicy.INSTALLMENTS_WELL_FORMED, sample().installments(
                    term("2024-03-01", "12345678.00"), term("2024-05-10", "0.00"))))
                    .isEqualTo("installment amounts must be positive yuan with at most two decimals");
        }

        @Test
        void brokenByFractionsOfAFen() {
            broken(RegistrationPolicy.INSTALLMENTS_WELL_FORMED, sample().installments(
                    term("2024-03-01", "6172839.005"), term("2024-05-10", "6172838.995")));
        }

        @Test
        void brokenByADueDateBeforeSigning() {
            assertThat(broken(RegistrationPolicy.INSTALLMENTS_WELL_FORMED, sample().installments(
                    term("2024-01-31", "6172839.00"), term("2024-05-10", "6172839.00"))))
                    .isEqualTo("installment due 2024-01-31 lies before signing");
        }

        @Test
        void dueOnTheSigningDayIsAllowed() {
            assertThat(check(RegistrationPolicy.INSTALLMENTS_WELL_FORMED, sample().installments(
                    term("2024-02-01", "6172839.00"), term("2024-05-10", "6172839.00")))).isEmpty();
        }

        @Test
        void brokenByAMissingDueDate() {
            assertThat(broken(RegistrationPolicy.INSTALLMENTS_WELL_FORMED, sample().installments(
                    new InstallmentTerm(null, new BigDecimal("12345678.00")))))
                    .isEqualTo("each installment needs dueDate and amount");
        }
    }

    @Nested
    class InstallmentsSumToPrice {
        @Test
        void brokenByOneFenShort() {
            assertThat(broken(RegistrationPolicy.INSTALLMENTS_SUM_TO_PRICE, sample().installments(
                    term("2024-03-01", "6172839.00"), term("2024-05-10", "6172838.99"))))
                    .isEqualTo("installments sum to 12345677.99 but the total price is 12345678.00");
        }

        @Test
        void brokenByOneFenOver() {
            assertThat(broken(RegistrationPolicy.INSTALLMENTS_SUM_TO_PRICE, sample().installments(
                    term("2024-03-01", "6172839.01"), term("2024-05-10", "6172839.00"))))
                    .isEqualTo("installments sum to 12345678.01 but the total price is 12345678.00");
        }

        @Test
        void scaleDoesNotMatter() {
            assertThat(check(RegistrationPolicy.INSTALLMENTS_SUM_TO_PRICE, sample().totalPrice(new BigDecimal("12345678"))
                    .installments(term("2024-03-01", "6172839"), term("2024-05-10", "6172839.0")))).isEmpty();
        }

        @Test
        void aSingleInstallmentOfTheWholePriceHolds() {
            assertThat(check(RegistrationPolicy.INSTALLMENTS_SUM_TO_PRICE,
                    sample().installments(term("2024-03-01", "12345678.00")))).isEmpty();
        }
    }

    @Nested
    class SanePlanningFigures {
        @Test
        void brokenByMinAboveMax() {
            assertThat(broken(RegistrationPolicy.SANE_PLANNING_FIGURES,
                    sample().plotRatio(new PlotRatio(new BigDecimal("2.1"), new BigDecimal("2.0")))))
                    .isEqualTo("plotRatio must have 0 <= min <= max");
        }

        @Test
        void minEqualToMaxIsAllowed() {
            assertThat(check(RegistrationPolicy.SANE_PLANNING_FIGURES,
                    sample().plotRatio(new PlotRatio(new BigDecimal("2.0"), new BigDecimal("2.00"))))).isEmpty();
        }

        @Test
        void brokenByANegativeBound() {
            broken(RegistrationPolicy.SANE_PLANNING_FIGURES, sample().plotRatio(new PlotRatio(new BigDecimal("-0.1"), null)));
        }

        @Test
        void brokenByNoPlannedFloorArea() {
            assertThat(broken(RegistrationPolicy.SANE_PLANNING_FIGURES, sample().plannedFloorAreaSqm(BigDecimal.ZERO)))
                    .isEqualTo("plannedFloorAreaSqm must be positive");
        }

        @Test
        void brokenByNoInvestment() {
            assertThat(broken(RegistrationPolicy.SANE_PLANNING_FIGURES, sample().totalInvestment(BigDecimal.ZERO)))
                    .isEqualTo("totalInvestment must be positive");
        }

        @Test
        void termYearsPositive() {
            assertThat(broken(RegistrationPolicy.SANE_PLANNING_FIGURES, sample().termYears(0)))
                    .isEqualTo("termYears must be positive");
            // the maximum depends on the land use: TERM_WITHIN_STATUTORY_MAXIMUM (RegistrationPolicyLandUseTest)
            assertThat(check(RegistrationPolicy.SANE_PLANNING_FIGURES, sample().termYears(71))).isEmpty();
            assertThat(check(RegistrationPolicy.SANE_PLANNING_FIGURES, sample().termYears(1))).isEmpty();
        }

        @Test
        void figuresLeftOutAreNotChecked() {
            assertThat(check(RegistrationPolicy.SANE_PLANNING_FIGURES, sample().plotRatio(null).plannedFloorAreaSqm(null)
                    .totalInvestment(null).termYears(null))).isEmpty();
        }
    }

    @Nested
    class PlausiblePenaltyRates {
        @Test
        void brokenByAPercentTypedForAPerMille() {
            assertThat(broken(RegistrationPolicy.PLAUSIBLE_PENALTY_RATES, sample().penaltyRates(
                    new PenaltyRates(new BigDecimal("0.05"), new BigDecimal("0.0005"), new BigDecimal("0.0005")))))
                    .isEqualTo("penalty rates are daily fractions between 0 and 0.01 (1‰ is 0.001)");
        }

        @Test
        void brokenByANegativeRate() {
            broken(RegistrationPolicy.PLAUSIBLE_PENALTY_RATES, sample().penaltyRates(
                    new PenaltyRates(new BigDecimal("0.001"), new BigDecimal("-0.0005"), null)));
        }

        @Test
        void onePercentAndZeroAndEmptyRatesAreAllowed() {
            assertThat(check(RegistrationPolicy.PLAUSIBLE_PENALTY_RATES, sample().penaltyRates(
                    new PenaltyRates(new BigDecimal("0.01"), BigDecimal.ZERO, null)))).isEmpty();
            assertThat(check(RegistrationPolicy.PLAUSIBLE_PENALTY_RATES, sample().penaltyRates(null))).isEmpty();
        }
    }

    @Test
    void violationsOfReportsEveryBrokenTermInRuleOrder() {
        RegisterParcel command = sample()
                .districtCode("130531")
                .creditCode("91130530MA0CX0XU3F")
                .areaSqm(BigDecimal.ZERO)
                .installments(term("2024-03-01", "6172839.00"), term("2024-05-10", "6172838.99"))
                .penaltyRates(new PenaltyRates(new BigDecimal("0.05"), null, null))
                .build();
        assertThat(RegistrationPolicy.violationsOf(command, TODAY)).containsExactly(
                "districtCode 130531 is not the county of supervision number 1305302024B00017",
                "landUser.creditCode is not a valid unified social credit code (GB 32100-2015)",
                "areaSqm must be positive",
                "installments sum to 12345677.99 but the total price is 12345678.00",
                "penalty rates are daily fractions between 0 and 0.01 (1‰ is 0.001)");
    }

    @Test
    void violationsOfChecksTheSigningDateAgainstTheDayGiven() {
        RegisterParcel command = SampleContract.register();
        assertThat(RegistrationPolicy.violationsOf(command, LocalDate.of(2024, 2, 1))).isEmpty();
        assertThat(RegistrationPolicy.violationsOf(command, LocalDate.of(2024, 1, 31)))
                .containsExactly("signedOn 2024-02-01 lies after today 2024-01-31");
    }

    @Test
    void enforceRefusesWithEveryBrokenTermAtOnce() {
        RegisterParcel command = sample().districtCode("130531").areaSqm(BigDecimal.ZERO).build();
        assertThatThrownBy(() -> RegistrationPolicy.enforce(command, TODAY))
                .isInstanceOfSatisfying(ParcelRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo(RuleCode.INVALID_CONTRACT_TERMS);
                    assertThat(e.violations()).containsExactly(
                            "districtCode 130531 is not the county of supervision number 1305302024B00017",
                            "areaSqm must be positive");
                    assertThat(e.getMessage()).isEqualTo("the contract terms do not hold: districtCode 130531 is not "
                            + "the county of supervision number 1305302024B00017; areaSqm must be positive");
                });
        assertThatCode(() -> RegistrationPolicy.enforce(SampleContract.register(), TODAY)).doesNotThrowAnyException();
    }

    /** The optional location point: both coordinates within range, at the range's edge too, and its datum named. */
    @Nested
    class WellFormedLocationPoint {

        private Optional<String> at(String longitude, String latitude, LocationPoint.Datum datum) {
            RegisterParcel c = sample().build().withLocationPoint(new LocationPoint(
                    longitude == null ? null : new BigDecimal(longitude), latitude == null ? null : new BigDecimal(latitude), datum));
            return RegistrationPolicy.WELL_FORMED_LOCATION_POINT.check(new RegistrationPolicy.Request(c, TODAY))
                    .map(Refusal::reason);
        }

        @Test
        void noPointIsAllowed() {
            assertThat(check(RegistrationPolicy.WELL_FORMED_LOCATION_POINT, sample())).isEmpty();
        }

        @Test
        void theEdgesOfTheRangesAreAllowed() {
            assertThat(at("180", "90", LocationPoint.Datum.CGCS2000)).isEmpty();
            assertThat(at("-180", "-90", LocationPoint.Datum.WGS84)).isEmpty();
        }

        @Test
        void beyondTheEdgesIsBroken() {
            assertThat(at("180.0000001", "37", LocationPoint.Datum.WGS84)).isPresent();
            assertThat(at("114.5", "-90.0000001", LocationPoint.Datum.WGS84)).isPresent();
        }

        @Test
        void aPointWithoutItsDatumOrACoordinateIsBroken() {
            assertThat(at("114.5", "37", null)).hasValueSatisfying(reason -> assertThat(reason).contains("datum"));
            assertThat(at(null, "37", LocationPoint.Datum.WGS84)).isPresent();
        }
    }
}
