package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps of an import in business-day order, taken day by day, and the day the story ends. */
class ImportPlanTest {

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);

    @Test
    void stepsGoByDayThenFileThenRecordAndARecordIsRegisteredBeforeItsActions() {
        SeedRecord a = record("a", 0, "1305302024B00001", MAY_1.plusDays(2),
                action(0, MAY_1.plusDays(5)), action(1, MAY_1.plusDays(2)));
        SeedRecord b = record("a", 1, "1305302024B00002", MAY_1, action(0, MAY_1.plusDays(2)));
        SeedRecord c = record("b", 0, "1305302024B00003", MAY_1.plusDays(2));
        ImportPlan plan = ImportPlan.of(List.of(file("a", null, a, b), file("b", null, c)),
                ImportOptions.asOfToday("admin", "ADMIN"));

        assertThat(plan.firstDay()).isEqualTo(MAY_1);
        assertThat(plan.takeUntil(MAY_1.plusDays(2))).extracting(ImportPlan.Step::name, s -> s.record().parcelId(),
                ImportPlan.Step::actionIndex).containsExactly(
                tuple("registration", b.parcelId(), null),
                tuple("registration", a.parcelId(), null),
                tuple("payment", a.parcelId(), 1),
                tuple("payment", b.parcelId(), 0),
                tuple("registration", c.parcelId(), null));
        assertThat(plan.nextDay()).isEqualTo(MAY_1.plusDays(5));
    }

    @Test
    void anActionDatedBeforeItsRegistrationIsEnteredRightAfterIt() {
        SeedRecord late = record("a", 0, "1305302024B00001", MAY_1.plusDays(10), action(0, MAY_1));
        ImportPlan plan = ImportPlan.of(List.of(file("a", null, late)), ImportOptions.asOfToday("admin", "ADMIN"));

        assertThat(plan.takeUntil(MAY_1.plusDays(9))).isEmpty();
        assertThat(plan.takeUntil(MAY_1.plusDays(10))).extracting(ImportPlan.Step::name, ImportPlan.Step::day)
                .containsExactly(tuple("registration", MAY_1.plusDays(10)), tuple("payment", MAY_1.plusDays(10)));
        assertThat(plan.nextDay()).isNull();
        assertThat(plan.left()).isEmpty();
    }

    @Test
    void whatIsNotTakenIsLeft() {
        SeedRecord a = record("a", 0, "1305302024B00001", MAY_1, action(0, MAY_1.plusDays(3)), action(1, MAY_1.plusDays(4)));
        ImportPlan plan = ImportPlan.of(List.of(file("a", null, a)), ImportOptions.asOfToday("admin", "ADMIN"));

        plan.takeUntil(MAY_1.plusDays(3));

        assertThat(plan.left()).extracting(ImportPlan.Step::actionIndex).containsExactly(1);
    }

    @Test
    void theStoryEndsOnTheDayAskedForElseAtTheEndOfThePeriodOrOfTheLastStep() {
        SeedRecord a = record("a", 0, "1305302024B00001", MAY_1, action(0, MAY_1.plusDays(40)));
        SeedFile.Period june = new SeedFile.Period(MAY_1, LocalDate.of(2024, 6, 30));
        ImportOptions options = ImportOptions.asOfToday("admin", "ADMIN");

        assertThat(ImportPlan.of(List.of(file("a", june, a)), options).lastDay()).isEqualTo(june.to());
        assertThat(ImportPlan.of(List.of(file("a", null, a)), options).lastDay()).isEqualTo(MAY_1.plusDays(40));
        assertThat(ImportPlan.of(List.of(file("a", new SeedFile.Period(MAY_1, MAY_1.plusDays(1)), a)), options).lastDay())
                .isEqualTo(MAY_1.plusDays(40));
        assertThat(ImportPlan.of(List.of(file("a", june, a)), options.withUntil(MAY_1.plusDays(7))).lastDay())
                .isEqualTo(MAY_1.plusDays(7));
        assertThat(ImportPlan.of(List.of(file("a", null)), options).firstDay()).isNull();
        assertThat(ImportPlan.of(List.of(file("a", null)), options).lastDay()).isNull();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    static SeedFile file(String name, SeedFile.Period period, SeedRecord... records) {
        return new SeedFile(name, "hash-of-" + name, new SeedFile.County("Xinhe County", "新河县", "130530", "Hebei", null), period,
                List.of(records), List.of());
    }

    static SeedRecord record(String file, int index, String parcelId, LocalDate day, SeedAction... actions) {
        return new SeedRecord(file, index, parcelId, null, day, List.of(actions), null, List.of(), null);
    }

    static SeedAction action(int index, LocalDate day) {
        return new SeedAction(index, ActionKind.PAYMENT, day, null, null, null, null);
    }
}
