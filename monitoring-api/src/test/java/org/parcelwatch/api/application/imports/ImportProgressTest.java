package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.api.application.imports.ImportPlanTest.action;
import static org.parcelwatch.api.application.imports.ImportPlanTest.file;
import static org.parcelwatch.api.application.imports.ImportPlanTest.record;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.store.jdbc.ImportRunStore;

/**
 * What a resumed import takes from its earlier runs: the steps applied (from the events) are not sent again, the
 * steps refused are reported as they were, and the nights before the day the runs reached are not played again; the
 * night of that day is, unless a step of that day was taken.
 */
class ImportProgressTest {

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    private final SeedRecord a = record("a", 0, "1305302024B00001", MAY_1, action(0, MAY_1.plusDays(3)),
            action(1, MAY_1.plusDays(6)));
    private final SeedRecord b = record("a", 1, "1305302024B00002", MAY_1.plusDays(2), action(0, MAY_1.plusDays(9)));
    private final ImportPlan plan = ImportPlan.of(List.of(file("a", null, a, b)), ImportOptions.asOfToday("admin", "ADMIN"));

    @Test
    void stepsAreNamedByTheFilesHashTheRecordAndTheAction() {
        assertThat(plan.steps()).extracting(ImportPlan.Step::id).containsExactly(
                "hash-of-a/0", "hash-of-a/1", "hash-of-a/0/0", "hash-of-a/0/1", "hash-of-a/1/0");
    }

    @Test
    void aFirstRunFindsNothingDone() {
        ImportProgress progress = ImportProgress.of(plan, Set.of(), Map.of(), null);

        assertThat(progress.resumes()).isFalse();
        assertThat(plan.steps()).noneMatch(progress::applied).allMatch(step -> progress.refusal(step) == null);
        assertThat(progress.nightPlayed(MAY_1)).isFalse();
    }

    @Test
    void whatWasAppliedOrRefusedIsNotSentAgainAndTheNightsUpToTheLastStepTakenWerePlayed() {
        ImportProgress progress = ImportProgress.of(plan, Set.of("hash-of-a/0", "hash-of-a/1"),
                Map.of("hash-of-a/0/0", new ImportRunStore.Refusal("hash-of-a/0/0", MAY_1.plusDays(3), "ILLEGAL_STATE",
                        "not yet handed over")), MAY_1.plusDays(3));

        assertThat(progress.resumes()).isTrue();
        assertThat(plan.steps()).filteredOn(progress::applied).extracting(ImportPlan.Step::id)
                .containsExactly("hash-of-a/0", "hash-of-a/1");
        ImportRefusal refusal = progress.refusal(plan.steps().get(2));
        assertThat(refusal).extracting(ImportRefusal::parcelId, ImportRefusal::actionIndex, ImportRefusal::action,
                        ImportRefusal::on, ImportRefusal::code)
                .containsExactly(a.parcelId(), 0, "payment", MAY_1.plusDays(3), "ILLEGAL_STATE");
        assertThat(progress.nightPlayed(MAY_1.plusDays(2))).isTrue();
        assertThat(progress.nightPlayed(MAY_1.plusDays(3))).as("a step of that day was taken: its night was over").isTrue();
        assertThat(progress.nightPlayed(MAY_1.plusDays(4))).isFalse();
    }

    @Test
    void theNightOfTheDayReachedIsPlayedAgainWhenNoStepOfThatDayWasTaken() {
        ImportProgress progress = ImportProgress.of(plan, Set.of("hash-of-a/0"), Map.of(), MAY_1.plusDays(5));

        assertThat(progress.resumeDay()).isEqualTo(MAY_1.plusDays(5));
        assertThat(progress.nightPlayed(MAY_1.plusDays(4))).isTrue();
        assertThat(progress.nightPlayed(MAY_1.plusDays(5))).as("cut off in the middle of it").isFalse();
    }

    @Test
    void withoutARunLogTheEventsAloneTellWhereTheRunsGot() {
        ImportProgress progress = ImportProgress.of(plan, Set.of("hash-of-a/0", "hash-of-a/1", "hash-of-a/0/0"),
                Map.of(), null);

        assertThat(progress.resumeDay()).isEqualTo(MAY_1.plusDays(3));
        assertThat(progress.nightPlayed(MAY_1.plusDays(3))).isTrue();
        assertThat(progress.refusal(plan.steps().get(3))).isNull();
    }

    @Test
    void anImportOfSeveralFilesIsNamedByTheirHashesInOrder() {
        SeedFile one = file("one", null);
        SeedFile two = file("two", null);

        assertThat(ImportProgress.importId(List.of(one))).isEqualTo("hash-of-one");
        assertThat(ImportProgress.importId(List.of(one, two))).hasSize(64)
                .isNotEqualTo(ImportProgress.importId(List.of(two, one)));
    }
}
