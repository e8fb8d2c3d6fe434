package org.parcelwatch.monitoring.idle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The idle-land test of 《闲置土地处置办法》 Art. 2 and the Art. 14 clocks ({@link IdleLandCriteria}). */
class IdleLandCriteriaTest {

    private static final LocalDate AGREED_START = LocalDate.of(2024, 10, 1);

    @Nested
    class NotStarted {
        @Test
        void notSuspectedOnTheLastDayOfTheYear() {
            assertThat(IdleLandCriteria.notStarted(AGREED_START, null, LocalDate.of(2025, 10, 1))).isEmpty();
        }

        @Test
        void suspectedTheDayAfterAFullYear() {
            assertThat(IdleLandCriteria.notStarted(AGREED_START, null, LocalDate.of(2025, 10, 2)))
                    .contains(new IdleLandCriteria.Suspicion(IdleGround.NOT_STARTED, AGREED_START));
        }

        @Test
        void stillSuspectedLater() {
            assertThat(IdleLandCriteria.notStarted(AGREED_START, null, LocalDate.of(2027, 1, 1)))
                    .contains(new IdleLandCriteria.Suspicion(IdleGround.NOT_STARTED, AGREED_START));
        }

        @Test
        void notSuspectedBeforeOrOnTheAgreedStart() {
            assertThat(IdleLandCriteria.notStarted(AGREED_START, null, AGREED_START)).isEmpty();
            assertThat(IdleLandCriteria.notStarted(AGREED_START, null, AGREED_START.plusDays(1))).isEmpty();
        }

        @Test
        void aStartedProjectIsNeverSuspectedOnThisGround() {
            assertThat(IdleLandCriteria.notStarted(AGREED_START, LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 2))).isEmpty();
            assertThat(IdleLandCriteria.notStarted(AGREED_START, LocalDate.of(2024, 9, 1), LocalDate.of(2030, 1, 1))).isEmpty();
        }

        @Test
        void theYearRunsFromTheCurrentAgreedStart() {
            LocalDate extended = LocalDate.of(2025, 3, 1);
            assertThat(IdleLandCriteria.notStarted(extended, null, LocalDate.of(2025, 10, 2))).isEmpty();
            assertThat(IdleLandCriteria.notStarted(extended, null, LocalDate.of(2026, 3, 1))).isEmpty();
            assertThat(IdleLandCriteria.notStarted(extended, null, LocalDate.of(2026, 3, 2)))
                    .contains(new IdleLandCriteria.Suspicion(IdleGround.NOT_STARTED, extended));
        }
    }

    @Nested
    class PartialDevelopment {
        // the sample contract: 40,000 m² planned (1/3 = 13,333.33…), 80,000,000.00 invested in total (25% = 20,000,000.00)
        private final BigDecimal planned = new BigDecimal("40000.0");
        private final BigDecimal total = new BigDecimal("80000000.00");
        private final LocalDate suspended = LocalDate.of(2024, 3, 1);
        private final LocalDate yearOn = LocalDate.of(2025, 3, 2);
        private final BigDecimal builtEnough = new BigDecimal("13333.34");
        private final BigDecimal builtTooLittle = new BigDecimal("13333.33");
        private final BigDecimal investedEnough = new BigDecimal("20000000.00");
        private final BigDecimal investedTooLittle = new BigDecimal("19999999.99");
        private final IdleLandCriteria.Suspicion suspicion = new IdleLandCriteria.Suspicion(IdleGround.PARTIAL_DEVELOPMENT, suspended);

        @Test
        void builtUnderAThirdAndSuspendedAFullYear() {
            assertThat(IdleLandCriteria.partialDevelopment(planned, total, builtTooLittle, investedEnough, suspended, yearOn))
                    .contains(suspicion);
        }

        @Test
        void investedUnderAQuarterAndSuspendedAFullYear() {
            assertThat(IdleLandCriteria.partialDevelopment(planned, total, builtEnough, investedTooLittle, suspended, yearOn))
                    .contains(suspicion);
        }

        @Test
        void bothUnder() {
            assertThat(IdleLandCriteria.partialDevelopment(planned, total, BigDecimal.ZERO, BigDecimal.ZERO, suspended, yearOn))
                    .contains(suspicion);
        }

        @Test
        void suspendedExactlyAYearIsNotYetAFullYear() {
            assertThat(IdleLandCriteria.partialDevelopment(planned, total, builtTooLittle, investedTooLittle, suspended,
                    LocalDate.of(2025, 3, 1))).isEmpty();
        }

        @Test
        void neitherBelowThresholdIsNotIdle() {
            assertThat(IdleLandCriteria.partialDevelopment(planned, total, builtEnough, investedEnough, suspended,
                    LocalDate.of(2027, 1, 1))).isEmpty();
        }

        @Test
        void exactlyAThirdBuiltIsNotUnder() {
            assertThat(IdleLandCriteria.partialDevelopment(new BigDecimal("30000"), total, new BigDecimal("10000"),
                    investedEnough, suspended, yearOn)).isEmpty();
            assertThat(IdleLandCriteria.partialDevelopment(new BigDecimal("30000"), total, new BigDecimal("9999.99"),
                    investedEnough, suspended, yearOn)).contains(suspicion);
        }

        @Test
        void missingFiguresDoNotCount() {
            assertThat(IdleLandCriteria.partialDevelopment(planned, total, null, null, suspended, yearOn)).isEmpty();
            assertThat(IdleLandCriteria.partialDevelopment(null, null, builtTooLittle, investedTooLittle, suspended, yearOn)).isEmpty();
            assertThat(IdleLandCriteria.partialDevelopment(null, total, builtTooLittle, investedEnough, suspended, yearOn)).isEmpty();
            assertThat(IdleLandCriteria.partialDevelopment(planned, null, builtEnough, investedTooLittle, suspended, yearOn)).isEmpty();
        }

        @Test
        void oneKnownFigureBelowThresholdIsEnough() {
            assertThat(IdleLandCriteria.partialDevelopment(planned, null, builtTooLittle, null, suspended, yearOn)).contains(suspicion);
            assertThat(IdleLandCriteria.partialDevelopment(null, total, null, investedTooLittle, suspended, yearOn)).contains(suspicion);
        }

        @Test
        void notSuspendedIsNotIdle() {
            assertThat(IdleLandCriteria.partialDevelopment(planned, total, BigDecimal.ZERO, BigDecimal.ZERO, null, yearOn)).isEmpty();
        }
    }

    @Nested
    class Clocks {
        @Test
        void feeAllowedFromTheDayAfterAFullYear() {
            assertThat(IdleLandCriteria.feeAllowed(AGREED_START, LocalDate.of(2025, 10, 1))).isFalse();
            assertThat(IdleLandCriteria.feeAllowed(AGREED_START, LocalDate.of(2025, 10, 2))).isTrue();
        }

        @Test
        void recoveryAllowedFromTheDayAfterTwoFullYears() {
            assertThat(IdleLandCriteria.recoveryAllowed(AGREED_START, LocalDate.of(2026, 10, 1))).isFalse();
            assertThat(IdleLandCriteria.recoveryAllowed(AGREED_START, LocalDate.of(2026, 10, 2))).isTrue();
            assertThat(IdleLandCriteria.recoveryAllowed(AGREED_START, LocalDate.of(2025, 10, 2))).isFalse();
        }

        @Test
        void recoveryAllowedFromNamesTheFirstDay() {
            assertThat(IdleLandCriteria.recoveryAllowedFrom(AGREED_START)).isEqualTo(LocalDate.of(2026, 10, 2));
            assertThat(IdleLandCriteria.recoveryAllowed(AGREED_START, IdleLandCriteria.recoveryAllowedFrom(AGREED_START))).isTrue();
            assertThat(IdleLandCriteria.recoveryAllowed(AGREED_START, IdleLandCriteria.recoveryAllowedFrom(AGREED_START).minusDays(1))).isFalse();
        }
    }
}
