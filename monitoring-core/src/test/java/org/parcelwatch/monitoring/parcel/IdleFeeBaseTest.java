package org.parcelwatch.monitoring.parcel;

import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * DESIGN §6.1 rule 6: the idle fee is 20% of the grant or allocation price; an allocation recorded at price 0
 * must name the assessed price (feeBase) in its fee decision.
 */
class IdleFeeBaseTest extends ParcelFixture {

    private static final LocalDate START = LocalDate.parse("2024-10-01");
    private static final String PROJECT = "Xinhe bearing plant phase II";

    /**
     * An allocation (划拨) at price 0, never started, determined idle for the land user's cause on 2025-10-28; the fee may be
     * decided from 2025-11-05, the hearing period over.
     */
    private static Object[] allocationDeterminedIdle(BigDecimal price) {
        return List.of(
                SampleContract.registeredFrom(SampleContract.builder().supplyMethod(SupplyMethod.ALLOCATION)
                        .totalPrice(price).installments(List.of()).build()),
                new HandoverRecorded(PARCEL_ID, d("2024-04-01"), "XH-JD-2024-017", d("2024-04-01")),
                new IdleLandSuspected(PARCEL_ID, IdleGround.NOT_STARTED, START, d("2025-10-02")),
                new IdleLandVerified(PARCEL_ID, IdleGround.NOT_STARTED, START, d("2025-10-08"), true, "vacant"),
                new IdleLandReferred(PARCEL_ID, IdleGround.NOT_STARTED, START, d("2025-10-08"), d("2025-11-07")),
                new IdleLandDetermined(PARCEL_ID, "XH-XZRD-2025-04", d("2025-10-28"), BreachCause.LAND_USER, null, START),
                // the hearing on the fee offered on the day, delivered, and not asked for by 2025-11-04
                hearingOffered(IdleDisposalMethod.IDLE_FEE, "2025-10-28", "2025-10-28", 1))
                .stream().flatMap(e -> e instanceof Object[] many ? java.util.Arrays.stream(many) : java.util.stream.Stream.of(e))
                .toArray();
    }

    private static DisposeIdleLand fee(BigDecimal feeBase) {
        return new DisposeIdleLand(PARCEL_ID, IdleDisposalMethod.IDLE_FEE, "XH-XZF-2025-04", d("2025-11-05"), null, null,
                null, null, null, d("2025-10-22"), null, feeBase);
    }

    @Test
    void anAllocationAtPriceZeroNeedsTheAssessedPrice() {
        clock.setToday("2025-11-05");
        fixture.given(allocationDeterminedIdle(BigDecimal.ZERO))
                .when(fee(null))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("feeBase"))
                .expectNoEvents();
    }

    @Test
    void theFeeIsTwentyPercentOfTheAssessedPrice() {
        clock.setToday("2025-11-05");
        fixture.given(allocationDeterminedIdle(BigDecimal.ZERO))
                .when(fee(yuan("5000000.00")))
                .expectEvents(
                        new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.IDLE_FEE, "XH-XZF-2025-04", d("2025-11-05"),
                                yuan("1000000.00"), null, START, null, d("2026-10-01"), null, null, null, null,
                                d("2025-10-22"), null, yuan("5000000.00")),
                        notice(NoticeWording.idleFeeDecisionOnAssessedPrice(PROJECT, yuan("5000000.00"), yuan("1000000.00"),
                                d("2025-11-05"), 30), 1));
    }

    @Test
    void theAssessedPriceMustBePositive() {
        clock.setToday("2025-11-05");
        fixture.given(allocationDeterminedIdle(BigDecimal.ZERO))
                .when(fee(yuan("0.00")))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void anAllocationWithAPriceOnRecordPaysOnThatPrice() {
        clock.setToday("2025-11-05");
        fixture.given(allocationDeterminedIdle(yuan("3000000.00")))
                .when(fee(null))
                .expectEvents(
                        new IdleLandDisposed(PARCEL_ID, IdleDisposalMethod.IDLE_FEE, "XH-XZF-2025-04", d("2025-11-05"),
                                yuan("600000.00"), null, START, null, d("2026-10-01"), null, null, null, null,
                                d("2025-10-22"), null),
                        notice(NoticeWording.idleFeeDecision(PROJECT, SupplyMethod.ALLOCATION, yuan("600000.00"), d("2025-11-05"), 30), 1));
    }

    @Test
    void aPricedParcelTakesNoOtherFeeBase() {
        clock.setToday("2025-11-05");
        fixture.given(allocationDeterminedIdle(yuan("3000000.00")))
                .when(fee(yuan("5000000.00")))
                .expectException(refused(RuleCode.RULE_VIOLATION))
                .expectNoEvents();
    }
}
