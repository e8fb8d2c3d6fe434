package org.parcelwatch.projections.breach;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.projections.CaseRegister;
import org.parcelwatch.projections.CasesInMemory;

/**
 * The breach cases as the register's rules ({@link BreachRegisterProjection#RULES}) reach them: the stored entities
 * for the processor, a batch of parcels' cases in memory for a rebuild ({@link BreachRebuild}).
 *
 * @param latestFirst a parcel's cases of a milestone, the latest miss first
 */
record BreachCases(CaseRegister<BreachCase> register, BiFunction<String, Milestone, List<BreachCase>> latestFirst) {

    private static final Comparator<BreachCase> LATEST_MISS_FIRST = Comparator.comparing(BreachCase::getMissedFrom).reversed();

    static BreachCases stored(EntityManager entityManager, BreachCaseRepository cases) {
        return new BreachCases(CaseRegister.stored(entityManager, BreachCase.class, BreachCase::isOpen),
                cases::findByParcelIdAndMilestoneOrderByMissedFromDesc);
    }

    static BreachCases inMemory(CasesInMemory<BreachCase> cases) {
        return new BreachCases(new CaseRegister<>(cases, BreachCase::isOpen),
                (parcelId, milestone) -> cases.of(parcelId, c -> c.getMilestone() == milestone, LATEST_MISS_FIRST));
    }

    /** Changes the parcel's latest case of the milestone, open or not. */
    void latest(String parcelId, Milestone milestone, Consumer<BreachCase> change) {
        latestFirst.apply(parcelId, milestone).stream().findFirst().ifPresent(change);
    }

    /** Changes the parcel's latest case of the milestone that is still open. */
    void newestOpen(String parcelId, Milestone milestone, Consumer<BreachCase> change) {
        register.changeNewestOpen(latestFirst.apply(parcelId, milestone), change);
    }
}
