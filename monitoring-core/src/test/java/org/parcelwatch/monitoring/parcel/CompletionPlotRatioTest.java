package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;
import static org.parcelwatch.monitoring.parcel.Histories.array;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.RecordCompletion;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolStage;

/**
 * Issue 13: at a completion whose floor area gives a plot ratio outside the contract's range (sample: 26,666.70 m²,
 * 1.0–2.0, so 26,666.70 to 53,333.40 m² of floor area), the parcel is flagged PLOT_RATIO_OUT_OF_RANGE; a flag only.
 */
class CompletionPlotRatioTest extends ParcelFixture {

    private static PatrolRecorded patrolWithFloorArea(String sqm) {
        return patrol(ConstructionStatus.COMPLETED, sqm);
    }

    private static PatrolRecorded patrol(ConstructionStatus found, String sqm) {
        return new PatrolRecorded(PARCEL_ID, d("2026-03-01"), "Li Wei", found, null,
                new BigDecimal(sqm), new BigDecimal("60000000"), true, false, false, "XH-GZK-017", List.of(), "roofing",
                PatrolStage.START);
    }

    private static RecordCompletion completion(String floorArea) {
        return new RecordCompletion(PARCEL_ID, d("2026-05-20"), "GH-YS-2026-03",
                floorArea == null ? null : new BigDecimal(floorArea));
    }

    @Test
    void aFloorAreaJustOverTheMaximumIsFlaggedWithoutDamages() {
        clock.setToday("2026-06-01");
        fixture.given(Histories.startedOnTime().toArray())
                .when(completion("53333.41"))
                .expectEvents(new ConstructionCompleted(PARCEL_ID, d("2026-05-20"), "GH-YS-2026-03", d("2026-10-01"),
                        new BigDecimal("53333.41"), new BigDecimal("2.00"), true))
                .expectState(state(s -> {
                    assertThat(s.flags()).containsExactly(Flag.PLOT_RATIO_OUT_OF_RANGE);
                    assertThat(s.damages(d("2026-11-30")).total()).isEqualByComparingTo("0.00");
                    assertThat(s.stage()).isEqualTo(Stage.COMPLETED);
                }));
    }

    @Test
    void theMaximumFloorAreaItselfIsInRange() {
        clock.setToday("2026-06-01");
        fixture.given(Histories.startedOnTime().toArray())
                .when(completion("53333.40"))
                .expectEvents(new ConstructionCompleted(PARCEL_ID, d("2026-05-20"), "GH-YS-2026-03", d("2026-10-01"),
                        new BigDecimal("53333.40"), new BigDecimal("2.00"), false))
                .expectState(state(s -> assertThat(s.flags()).isEmpty()));
    }

    @Test
    void aFloorAreaJustUnderTheMinimumIsFlaggedAndTheMinimumIsNot() {
        clock.setToday("2026-06-01");
        fixture.given(Histories.startedOnTime().toArray())
                .when(completion("26666.69"))
                .expectState(state(s -> assertThat(s.flags()).containsExactly(Flag.PLOT_RATIO_OUT_OF_RANGE)));
        createFixture();
        clock.setToday("2026-06-01");
        fixture.given(Histories.startedOnTime().toArray())
                .when(completion("26666.70"))
                .expectState(state(s -> assertThat(s.flags()).isEmpty()));
    }

    @Test
    void withoutAFigureOnTheCompletionALastPatrolThatFoundTheWorksCompletedCounts() {
        clock.setToday("2026-06-01");
        fixture.given(array(Histories.startedOnTime(), patrolWithFloorArea("20000")))
                .when(completion(null))
                .expectEvents(new ConstructionCompleted(PARCEL_ID, d("2026-05-20"), "GH-YS-2026-03", d("2026-10-01"),
                        new BigDecimal("20000"), new BigDecimal("0.75"), true))
                .expectState(state(s -> assertThat(s.flags()).containsExactly(Flag.PLOT_RATIO_OUT_OF_RANGE)));
    }

    @Test
    void aPatrolOfWorksStillUnderWayMeasuredNoFinalFloorArea() {
        clock.setToday("2026-06-01");
        fixture.given(array(Histories.startedOnTime(), patrol(ConstructionStatus.UNDER_CONSTRUCTION, "20000")))
                .when(completion(null))
                .expectEvents(new ConstructionCompleted(PARCEL_ID, d("2026-05-20"), "GH-YS-2026-03", d("2026-10-01")))
                .expectState(state(s -> assertThat(s.flags()).isEmpty()));
    }

    @Test
    void theCompletionsOwnFigurePrevailsOverThePatrols() {
        clock.setToday("2026-06-01");
        fixture.given(array(Histories.startedOnTime(), patrolWithFloorArea("20000")))
                .when(completion("40000"))
                .expectState(state(s -> assertThat(s.flags()).isEmpty()));
    }

    @Test
    void withNoFloorAreaOnRecordNothingIsChecked() {
        clock.setToday("2026-06-01");
        fixture.given(Histories.startedOnTime().toArray())
                .when(completion(null))
                .expectEvents(new ConstructionCompleted(PARCEL_ID, d("2026-05-20"), "GH-YS-2026-03", d("2026-10-01")))
                .expectState(state(s -> assertThat(s.flags()).isEmpty()));
    }

    @Test
    void refusesANegativeFloorArea() {
        clock.setToday("2026-06-01");
        fixture.given(Histories.startedOnTime().toArray())
                .when(completion("-1"))
                .expectException(refused(RuleCode.INVALID_INPUT))
                .expectNoEvents();
    }
}
