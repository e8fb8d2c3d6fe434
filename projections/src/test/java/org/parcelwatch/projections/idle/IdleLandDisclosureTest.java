package org.parcelwatch.projections.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTestSupport;
import org.parcelwatch.projections.SampleParcel;
import org.parcelwatch.projections.Stories;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The public disclosure of idle land (《闲置土地处置办法》第十条): the land determined idle in a year, with where it lies and
 * whose it is from the ledger, and its cause and disposal from the referral register.
 */
class IdleLandDisclosureTest extends ProjectionTestSupport<IdleReferralProjection> {

    private static final String FEE = "1305302024B00601";
    private static final String GOVERNMENT = "1305302024B00602";
    private static final String EARLIER = "1305302024B00603";
    private static final String SUSPECTED = "1305302024B00604";

    @Autowired
    IdleReferralQueries queries;

    @BeforeEach
    void everyProjection() {
        // the list reads the ledger as well as the register
        delivery.resetEveryProjection();
    }

    @Test
    void listsTheLandDeterminedIdleInTheYearWithItsLocationLandUserCauseAndDisposal() {
        delivery.toEveryProjection(county());

        assertThat(queries.disclosure(2025)).extracting(IdleLandDisclosureTest::line).containsExactly(
                FEE + " | Xinhe town | east of Xinhe Road | Xinhe Bearing Co., Ltd. | 26666.70 | 0601 | 2024-10-01"
                        + " | ZX-XZRD-2025-1 | 2025-11-20 | LAND_USER | null | FEE_IMPOSED | IDLE_FEE | ZX-XZF-2025-1"
                        + " | 2025-11-25 | 2469135.60",
                GOVERNMENT + " | Fanzhuang town | east of Xinhe Road | Zhaoxian Lihua Cold Chain Logistics Co., Ltd. | 26666.70"
                        + " | 0601 | 2024-10-01 | ZX-XZRD-2025-2 | 2025-12-01 | GOVERNMENT | PLAN_REVISED | DISPOSED | EXTENSION"
                        + " | ZX-YQ-2025-1 | 2025-12-10 | null");
        assertThat(queries.disclosure(2024)).extracting(DisclosedIdleLand::parcelId).containsExactly(EARLIER);
        assertThat(queries.disclosure(2023)).isEmpty();
    }

    private static String line(DisclosedIdleLand l) {
        return String.join(" | ", l.parcelId(), l.township(), l.location(), l.landUserName(), String.valueOf(l.areaSqm()),
                l.landUse(), String.valueOf(l.idleSince()), l.determinationNo(), String.valueOf(l.determinedOn()),
                String.valueOf(l.cause()), String.valueOf(l.governmentCause()), String.valueOf(l.status()),
                String.valueOf(l.disposalMethod()), l.decisionNo(), String.valueOf(l.decidedOn()), String.valueOf(l.idleFee()));
    }

    /** Determined 2025 (the land user's cause, fined; a government cause, extended), 2024, and one only suspected. */
    private static List<DomainEventMessage<?>> county() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.addAll(Stories.defaulter(FEE, "Xinhe town").messages());
        events.addAll(referred(GOVERNMENT, "Fanzhuang town",
                new LandUser("Zhaoxian Lihua Cold Chain Logistics Co., Ltd.", "91130133MA0CLH5R2R"), "2025")
                .on("2025-12-01", new IdleLandDetermined(GOVERNMENT, "ZX-XZRD-2025-2", d("2025-12-01"), BreachCause.GOVERNMENT,
                        GovernmentCause.PLAN_REVISED, d("2024-10-01")))
                .on("2025-12-10", new IdleLandDisposed(GOVERNMENT, IdleDisposalMethod.EXTENSION, "ZX-YQ-2025-1", d("2025-12-10"),
                        null, null, d("2024-10-01"), d("2026-06-01"), d("2026-10-01"), d("2028-06-01"), null, null, null, null,
                        "plan revised"))
                .messages());
        events.addAll(referred(EARLIER, "Xinhe town", SampleParcel.LAND_USER, "2024")
                .on("2024-12-20", new IdleLandDetermined(EARLIER, "ZX-XZRD-2024-9", d("2024-12-20"), BreachCause.LAND_USER,
                        null, d("2024-10-01")))
                .messages());
        events.addAll(ParcelHistory.of(SUSPECTED)
                .on("2024-02-01", SampleParcel.registered(SUSPECTED, "Xinhe town"))
                .on("2025-10-02", new IdleLandSuspected(SUSPECTED, IdleGround.NOT_STARTED, d("2024-10-01"), d("2025-10-02")))
                .messages());
        return events;
    }

    /** Registered, suspected, verified and referred in the year's autumn. */
    private static ParcelHistory referred(String id, String township, LandUser landUser, String year) {
        return ParcelHistory.of(id)
                .on("2024-02-01", SampleParcel.registered(id, township, landUser))
                .on(year + "-10-02", new IdleLandSuspected(id, IdleGround.NOT_STARTED, d("2024-10-01"), d(year + "-10-02")))
                .on(year + "-10-08",
                        new IdleLandVerified(id, IdleGround.NOT_STARTED, d("2024-10-01"), d(year + "-10-08"), true, "vacant"),
                        new IdleLandReferred(id, IdleGround.NOT_STARTED, d("2024-10-01"), d(year + "-10-08"), d(year + "-11-07")));
    }
}
