package org.parcelwatch.monitoring.idle;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.milestone.BreachCause;

/** The idle-land case lifecycle ({@link IdleStatus}) that the parcel's fold and the referral register both follow. */
class IdleStatusTest {

    private static final String ID = "1305302024B00017";
    private static final LocalDate SINCE = LocalDate.of(2024, 10, 1);

    private static final IdleLandSuspected SUSPECTED =
            new IdleLandSuspected(ID, IdleGround.NOT_STARTED, SINCE, LocalDate.of(2025, 10, 2));
    private static final IdleLandVerified STILL_IDLE =
            new IdleLandVerified(ID, IdleGround.NOT_STARTED, SINCE, LocalDate.of(2025, 10, 5), true, null);
    private static final IdleLandVerified NOT_IDLE =
            new IdleLandVerified(ID, IdleGround.NOT_STARTED, SINCE, LocalDate.of(2025, 10, 5), false, "works begun");
    private static final IdleLandReferred REFERRED =
            new IdleLandReferred(ID, IdleGround.NOT_STARTED, SINCE, LocalDate.of(2025, 10, 5), LocalDate.of(2025, 11, 4));
    private static final IdleLandDetermined DETERMINED =
            new IdleLandDetermined(ID, "XZRD-1", LocalDate.of(2025, 11, 1), BreachCause.LAND_USER, null, SINCE);

    private static IdleLandDisposed disposal(IdleDisposalMethod method) {
        return new IdleLandDisposed(ID, method, "JD-1", LocalDate.of(2025, 11, 10),
                method == IdleDisposalMethod.IDLE_FEE ? new BigDecimal("2469135.60") : null, null,
                null, null, null, null, null, null, null, null, null);
    }

    @Test
    void aCaseRunsFromSuspicionThroughReferralAndDeterminationToItsDisposal() {
        IdleStatus status = IdleStatus.NONE.after(SUSPECTED);
        assertThat(status).isEqualTo(IdleStatus.SUSPECTED);
        status = status.after(STILL_IDLE);
        assertThat(status).isEqualTo(IdleStatus.SUSPECTED);
        status = status.after(REFERRED);
        assertThat(status).isEqualTo(IdleStatus.REFERRED);
        status = status.after(DETERMINED);
        assertThat(status).isEqualTo(IdleStatus.DETERMINED);
        status = status.after(disposal(IdleDisposalMethod.IDLE_FEE));
        assertThat(status).isEqualTo(IdleStatus.FEE_IMPOSED);
        status = status.after(disposal(IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION));
        assertThat(status).isEqualTo(IdleStatus.DISPOSED);
    }

    @Test
    void aSuspicionFoundWrongOnSiteIsClearedAndLeavesNoCaseOpen() {
        assertThat(IdleStatus.SUSPECTED.after(NOT_IDLE)).isEqualTo(IdleStatus.NONE);
        assertThat(IdleStatus.SUSPECTED.after(NOT_IDLE).isOpen()).isFalse();
    }

    @Test
    void aVerificationThatFindsTheLandStillIdleLeavesTheStatusAsItStands() {
        for (IdleStatus status : IdleStatus.values()) {
            assertThat(status.after(STILL_IDLE)).as(status.name()).isEqualTo(status);
        }
    }

    @Test
    void aSuspicionOpensANewCaseWhateverBecameOfTheLastOne() {
        for (IdleStatus status : IdleStatus.values()) {
            assertThat(status.after(SUSPECTED)).as(status.name()).isEqualTo(IdleStatus.SUSPECTED);
        }
    }

    @Test
    void onlyTheFeeKeepsTheCaseOpenAfterADisposal() {
        for (IdleDisposalMethod method : IdleDisposalMethod.values()) {
            IdleStatus after = IdleStatus.DETERMINED.after(disposal(method));
            assertThat(after).as(method.name())
                    .isEqualTo(method == IdleDisposalMethod.IDLE_FEE ? IdleStatus.FEE_IMPOSED : IdleStatus.DISPOSED);
            assertThat(after.isOpen()).as(method.name()).isEqualTo(method == IdleDisposalMethod.IDLE_FEE);
        }
    }

    @Test
    void aCaseIsOpenFromTheSuspicionUntilItIsClearedOrDisposedOf() {
        assertThat(EnumSet.allOf(IdleStatus.class).stream().filter(IdleStatus::isOpen))
                .containsExactly(IdleStatus.SUSPECTED, IdleStatus.REFERRED, IdleStatus.DETERMINED, IdleStatus.FEE_IMPOSED);
    }
}
