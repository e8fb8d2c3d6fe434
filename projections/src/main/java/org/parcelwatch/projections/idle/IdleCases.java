package org.parcelwatch.projections.idle;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.parcelwatch.projections.CaseRegister;
import org.parcelwatch.projections.CasesInMemory;

/**
 * The idle cases as the referral register's rules ({@link IdleReferralProjection#RULES}) reach them: the stored
 * entities for the processor, a batch of parcels' cases in memory for a rebuild ({@link IdleRebuild}).
 *
 * @param newestFirst a parcel's cases, the latest suspicion first
 */
record IdleCases(CaseRegister<IdleCaseEntry> register, Function<String, List<IdleCaseEntry>> newestFirst) {

    private static final Comparator<IdleCaseEntry> NEWEST_FIRST = Comparator.comparing(IdleCaseEntry::getSuspectedOn).reversed();

    static IdleCases stored(EntityManager entityManager, IdleCaseRepository cases) {
        return new IdleCases(CaseRegister.stored(entityManager, IdleCaseEntry.class, IdleCaseEntry::isOpen),
                cases::findByParcelIdOrderBySuspectedOnDesc);
    }

    static IdleCases inMemory(CasesInMemory<IdleCaseEntry> cases) {
        return new IdleCases(new CaseRegister<>(cases, IdleCaseEntry::isOpen),
                parcelId -> cases.of(parcelId, c -> true, NEWEST_FIRST));
    }

    /** Changes the parcel's newest case that is still open. */
    void newestOpen(String parcelId, Consumer<IdleCaseEntry> change) {
        register.changeNewestOpen(newestFirst.apply(parcelId), change);
    }
}
