package org.parcelwatch.projections.landuser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.projections.SampleParcel.d;
import static org.parcelwatch.projections.SampleParcel.paid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.projections.ParcelHistory;
import org.parcelwatch.projections.ProjectionTestSupport;
import org.parcelwatch.projections.SampleParcel;
import org.parcelwatch.projections.Stories;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The land user's record (诚信档案, DESIGN §6.3): kept by the parcel-ledger group from the parcel's fold, keyed by the
 * unified social credit code, and rebuilt exactly by a replay.
 */
class LandUserRecordProjectionTest extends ProjectionTestSupport<ParcelLedgerProjection> {

    private static final String CODE = SampleParcel.LAND_USER.creditCode();
    private static final LandUser OTHER = new LandUser("Zhaoxian Lihua Cold Chain Logistics Co., Ltd.", "91130133MA0CLH5R2R");
    private static final String ON_TIME = "1305302024B00501";
    private static final String DEFAULTER = "1305302024B00502";
    private static final String TERMINATED = "1305302024B00503";
    private static final String RECOVERED = "1305302024B00504";
    private static final String OTHERS = "1305302024B00505";

    @Autowired
    LandUserRecordQueries queries;

    @Test
    void theRecordListsEveryParcelOfTheLandUserWithItsOpenDefaults() {
        inOneBatch(county());

        assertThat(rows()).containsExactly(
                DEFAULTER + " | IDLE_FOR_OWN_CAUSE | " + CODE + " | 2469135.60 | ZX-XZRD-2025-1 | 2025-11-20",
                DEFAULTER + " | OVERDUE_LAND_PRICE | " + CODE + " | 12345678.00 | " + DEFAULTER + "-CJ-01 | 2024-03-02",
                TERMINATED + " | CONTRACT_TERMINATED | " + CODE + " | null | JC-" + TERMINATED + " | 2024-06-10",
                RECOVERED + " | RECOVERED_WITHOUT_COMPENSATION | " + CODE + " | null | " + RECOVERED + "-SH-01 | 2026-10-05",
                OTHERS + " | OVERDUE_LAND_PRICE | " + OTHER.creditCode() + " | 6172839.00 | null | 2024-03-02");

        LandUserRecord record = queries.record(CODE).orElseThrow();
        assertThat(record.name()).isEqualTo("Xinhe Bearing Co., Ltd.");
        assertThat(record.parcels()).extracting(p -> p.parcelId() + " " + p.stage() + " " + p.defaults().stream()
                        .map(LandUserDefault::kind).toList())
                .containsExactly(ON_TIME + " COMPLETED []",
                        DEFAULTER + " HANDED_OVER [OVERDUE_LAND_PRICE, IDLE_FOR_OWN_CAUSE]",
                        TERMINATED + " TERMINATED [CONTRACT_TERMINATED]",
                        RECOVERED + " RECOVERED [RECOVERED_WITHOUT_COMPENSATION]");
        assertThat(record.parcels().get(1).defaults().get(0)).isEqualTo(new LandUserDefault(DEFAULTER,
                LandUserDefault.Kind.OVERDUE_LAND_PRICE, new BigDecimal("12345678.00"), DEFAULTER + "-CJ-01", d("2024-03-02")));
        assertThat(record.parcels().get(0).areaSqm()).isEqualByComparingTo("26666.70");
        assertThat(record.openDefaults()).isEqualTo(4);

        assertThat(queries.openDefaults(OTHER.creditCode())).containsExactly(new LandUserDefault(OTHERS,
                LandUserDefault.Kind.OVERDUE_LAND_PRICE, new BigDecimal("6172839.00"), null, d("2024-03-02")));
        assertThat(queries.record(OTHER.creditCode()).orElseThrow().name()).isEqualTo(OTHER.name());
    }

    @Test
    void aLandUserWithoutParcelsHasNoRecord() {
        inOneBatch(county());

        assertThat(queries.record("91350100M000100Y43")).isEmpty();
        assertThat(queries.openDefaults("91350100M000100Y43")).isEmpty();
    }

    @Test
    void theOverdueDefaultFollowsThePaymentsAndIsClearedWhenThePriceIsPaid() {
        ParcelHistory history = ParcelHistory.of(DEFAULTER)
                .on("2024-02-01", SampleParcel.registered(DEFAULTER, "Xinhe town"))
                .on("2024-03-02", new InstallmentOverdue(DEFAULTER, 1, d("2024-03-01"), SampleParcel.INSTALLMENT, d("2024-03-02")))
                .on("2024-05-11", new InstallmentOverdue(DEFAULTER, 2, d("2024-05-10"), SampleParcel.INSTALLMENT, d("2024-05-11")));
        oneByOne(history.messages());
        assertThat(rows()).containsExactly(DEFAULTER + " | OVERDUE_LAND_PRICE | " + CODE + " | 12345678.00 | null | 2024-03-02");

        int told = history.size();
        history.on("2024-06-01", paid(DEFAULTER, 1, "2024-06-01"));
        oneByOne(history.from(told));
        assertThat(rows()).containsExactly(DEFAULTER + " | OVERDUE_LAND_PRICE | " + CODE + " | 6172839.00 | null | 2024-05-11");

        history.on("2024-06-20", paid(DEFAULTER, 2, "2024-06-20"));
        oneByOne(history.from(told + 1));
        assertThat(rows()).isEmpty();
        assertThat(queries.record(CODE).orElseThrow().parcels()).singleElement()
                .satisfies(p -> assertThat(p.defaults()).isEmpty());
    }

    @Test
    void aReplayRebuildsTheSameRecordWhateverTheBatches() {
        inOneBatch(county());
        List<String> live = rows();
        LandUserRecord record = queries.record(CODE).orElseThrow();

        reset();
        assertThat(rows()).isEmpty();
        assertThat(queries.record(CODE)).isEmpty();

        oneByOne(county());
        assertThat(rows()).isEqualTo(live);
        assertThat(queries.record(CODE)).contains(record);
    }

    /** Five parcels: four of the sample's land user (on time, defaulting, terminated, recovered), one of another. */
    private static List<DomainEventMessage<?>> county() {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        events.addAll(Stories.onTime(ON_TIME, "Xinhe town").messages());
        events.addAll(Stories.defaulter(DEFAULTER, "Xinhe town").messages());
        events.addAll(Stories.terminated(TERMINATED, "Xinhe town", "2024-06-10").messages());
        events.addAll(Stories.recovered(RECOVERED, "Xinhe town").messages());
        events.addAll(ParcelHistory.of(OTHERS)
                .on("2024-02-01", SampleParcel.registered(OTHERS, "Fanzhuang town", OTHER))
                .on("2024-03-02", new InstallmentOverdue(OTHERS, 1, d("2024-03-01"), SampleParcel.INSTALLMENT, d("2024-03-02")))
                .messages());
        return events;
    }

    private List<String> rows() {
        return tableRows("select parcel_id, kind, credit_code, amount, reference_no, arisen_on from land_user_default"
                + " order by parcel_id, kind");
    }
}
