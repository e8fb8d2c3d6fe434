package org.parcelwatch.monitoring.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.parcel.Refusal;
import org.parcelwatch.monitoring.parcel.Rule;
import org.parcelwatch.monitoring.parcel.RuleCode;

/** Rule 7 of issue 13: a GB/T 21010-2017 land use, and a term within the maximum of the 暂行条例 Art. 12. */
class RegistrationPolicyLandUseTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private static Optional<Refusal> check(Rule<RegistrationPolicy.Request> rule, String landUse, Integer termYears) {
        return rule.check(new RegistrationPolicy.Request(
                SampleContract.builder().landUse(landUse).termYears(termYears).build(), TODAY));
    }

    private static List<String> violations(String landUse, Integer termYears) {
        return RegistrationPolicy.violationsOf(SampleContract.builder().landUse(landUse).termYears(termYears).build(), TODAY);
    }

    @Test
    void acceptsACodeAndALegacyName() {
        assertThat(check(RegistrationPolicy.KNOWN_LAND_USE, "0601", 50)).isEmpty();
        assertThat(check(RegistrationPolicy.KNOWN_LAND_USE, "INDUSTRIAL", 50)).isEmpty();
        assertThat(violations("0601", 50)).isEmpty();
    }

    @Test
    void refusesAnUnknownOrMissingCode() {
        Refusal refusal = check(RegistrationPolicy.KNOWN_LAND_USE, "9999", 50).orElseThrow();
        assertThat(refusal.code()).isEqualTo(RuleCode.INVALID_CONTRACT_TERMS);
        assertThat(refusal.reason()).contains("9999").contains("GB/T 21010-2017");
        assertThat(check(RegistrationPolicy.KNOWN_LAND_USE, null, 50)).isPresent();
        assertThat(check(RegistrationPolicy.KNOWN_LAND_USE, " ", 50)).isPresent();
    }

    @Test
    void anIndustrialTermOf49Or50YearsIsAcceptedAnd51IsRefusedNamingTheMaximum() {
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "0601", 49)).isEmpty();
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "0601", 50)).isEmpty();
        Refusal refusal = check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "0601", 51).orElseThrow();
        assertThat(refusal.code()).isEqualTo(RuleCode.INVALID_CONTRACT_TERMS);
        assertThat(refusal.reason()).contains("51").contains("maximum of 50 years").contains("0601 工业用地");
    }

    @Test
    void theIssuesSeventyYearIndustrialGrantIsRefused() {
        assertThat(violations("INDUSTRIAL", 70)).singleElement().asString().contains("maximum of 50 years");
    }

    @Test
    void residentialAllowsSeventyYearsNotSeventyOne() {
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "0701", 69)).isEmpty();
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "0701", 70)).isEmpty();
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "RESIDENTIAL", 71)).isPresent();
    }

    @Test
    void commercialAllowsFortyYearsNotFortyOne() {
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "05", 39)).isEmpty();
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "0505", 40)).isEmpty();
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "COMMERCIAL", 41).orElseThrow().reason())
                .contains("maximum of 40 years");
    }

    @Test
    void educationAndOtherUsesAllowFiftyYears() {
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "0803", 50)).isEmpty();
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "0803", 51)).isPresent();
        assertThat(check(RegistrationPolicy.TERM_WITHIN_STATUTORY_MAXIMUM, "12", 51)).isPresent();
    }

    @Test
    void anAllocationNeedsNoTermButMayNotPassTheMaximumIfItStatesOne() {
        SampleContract.Builder allocation = SampleContract.builder().supplyMethod(SupplyMethod.ALLOCATION)
                .installments(List.of()).totalPrice(new BigDecimal("0.00")).landUse("0803");
        assertThat(RegistrationPolicy.violationsOf(allocation.termYears(null).build(), TODAY)).isEmpty();
        assertThat(RegistrationPolicy.violationsOf(allocation.termYears(50).build(), TODAY)).isEmpty();
        assertThat(RegistrationPolicy.violationsOf(allocation.termYears(51).build(), TODAY))
                .singleElement().asString().contains("maximum of 50 years");
    }

    @Test
    void aTermMustStillBePositive() {
        assertThat(violations("0601", 0)).isNotEmpty();
    }
}
