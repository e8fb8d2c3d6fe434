package org.parcelwatch.projections.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTestSupport;
import org.parcelwatch.projections.Stories;
import org.springframework.beans.factory.annotation.Autowired;

/** The idle-land referral register: a case per suspicion, from verification to disposal; and its queries. */
class IdleReferralProjectionTest extends ProjectionTestSupport<IdleReferralProjection> {

    private static final String B = "1305302024B00402";
    private static final String E = "1305302024B00405";

    @Autowired
    IdleReferralQueries queries;

    @Test
    void aCaseGoesFromSuspicionThroughReferralAndDeterminationToTheFeeAndTheRecovery() {
        ParcelHistory b = Stories.defaulter(B, "Zhao town");
        oneByOne(b.messages());
        assertThat(rows()).containsExactly(B + " | 2025-10-02 | NOT_STARTED | 2024-10-01 | FEE_IMPOSED | 2025-10-08 | true"
                + " | 2025-10-08 | 2025-11-07 | " + B + "-XZDC-01 | ZX-XZRD-2025-1 | 2025-11-20 | LAND_USER | 2026-10-02"
                + " | IDLE_FEE | ZX-XZF-2025-1 | 2025-11-25 | 2469135.60");

        int told = b.size();
        b.on("2026-10-12", new IdleLandDisposed(B, IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION, "ZX-SH-2026-1",
                d("2026-10-12"), null, null, null, null, null, null, null, null, null, null, "idle two years"));
        inOneBatch(b.from(told));
        // the fee decided before stays on record
        assertThat(rows()).containsExactly(B + " | 2025-10-02 | NOT_STARTED | 2024-10-01 | DISPOSED | 2025-10-08 | true"
                + " | 2025-10-08 | 2025-11-07 | " + B + "-XZDC-01 | ZX-XZRD-2025-1 | 2025-11-20 | LAND_USER | 2026-10-02"
                + " | RECOVERY_WITHOUT_COMPENSATION | ZX-SH-2026-1 | 2026-10-12 | 2469135.60");
    }

    @Test
    void aSuspicionFoundWrongOnSiteIsClearedAndALaterOneIsACaseOfItsOwn() {
        ParcelHistory e = ParcelHistory.of(E)
                .on("2025-10-02", new IdleLandSuspected(E, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-02")))
                .on("2025-10-09", new IdleLandVerified(E, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-09"), false,
                        "works under way"))
                .on("2026-06-02", new IdleLandSuspected(E, IdleGround.PARTIAL_DEVELOPMENT, d("2025-06-01"), d("2026-06-02")));
        inOneBatch(e.messages());
        // the same suspicion again is the same case
        inOneBatch(e.messages().subList(2, 3));

        assertThat(rows()).containsExactly(
                E + " | 2025-10-02 | NOT_STARTED | 2024-10-01 | CLEARED | 2025-10-09 | false | null | null | null | null"
                        + " | null | null | null | null | null | null | null",
                E + " | 2026-06-02 | PARTIAL_DEVELOPMENT | 2025-06-01 | SUSPECTED | null | null | null | null | null | null"
                        + " | null | null | null | null | null | null | null");
    }

    @Test
    void theRegisterListsTheCasesOldestFirstByStatusAndAParcelsCasesNewestFirst() {
        inOneBatch(Stories.defaulter(B, "Zhao town").messages());
        inOneBatch(ParcelHistory.of(E)
                .on("2025-10-02", new IdleLandSuspected(E, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-02")))
                .on("2025-10-09", new IdleLandVerified(E, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-09"), false, "built"))
                .on("2026-06-02", new IdleLandSuspected(E, IdleGround.PARTIAL_DEVELOPMENT, d("2025-06-01"), d("2026-06-02")))
                .messages());

        assertThat(queries.register(null)).extracting(c -> c.getParcelId() + " " + c.getSuspectedOn() + " " + c.getStatus())
                .containsExactly(B + " 2025-10-02 FEE_IMPOSED", E + " 2025-10-02 CLEARED", E + " 2026-06-02 SUSPECTED");
        assertThat(queries.register(IdleCaseEntry.Status.FEE_IMPOSED)).singleElement().satisfies(c -> {
            assertThat(c.getParcelId()).isEqualTo(B);
            assertThat(c.getIdleFee()).isEqualByComparingTo(new BigDecimal("2469135.60"));
            assertThat(c.getInvestigationNoticeNo()).isEqualTo(B + "-XZDC-01");
        });
        assertThat(queries.register(IdleCaseEntry.Status.REFERRED)).isEmpty();
        assertThat(queries.ofParcel(E)).extracting(IdleCaseEntry::getSuspectedOn).containsExactly(d("2026-06-02"), d("2025-10-02"));
    }

    private List<String> rows() {
        return tableRows("select parcel_id, suspected_on, ground, idle_since, status, verified_on, still_idle,"
                + " referred_on, investigation_due_by, investigation_notice_no, determination_no, determined_on, cause,"
                + " recovery_eligible_from, disposal_method, decision_no, decided_on, idle_fee from idle_case"
                + " order by parcel_id, suspected_on");
    }
}
