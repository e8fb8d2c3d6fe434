package org.parcelwatch.projections;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A register of cases kept as JPA entities, as the breach register and the idle-land referral register are: a case
 * per key, opened by one event however often that event is delivered, then changed by later events, mostly through
 * the newest of a parcel's cases that is still open; a reset empties the register. The same rules run on a rebuild's
 * cases in memory ({@link CasesInMemory}), which writes each case once when its parcel is folded.
 *
 * @param <C> the case entity
 */
public final class CaseRegister<C> {

    /** Where the cases are kept: the stored entities, or a rebuild's memory. */
    public interface Cases<C> {

        /** The case of the key; null when there is none. */
        C find(Object key);

        void add(Object key, C newCase);
    }

    private final Cases<C> cases;
    private final Predicate<C> open;

    /**
     * The register of the stored entities.
     *
     * @param type the case entity
     * @param open whether a case still takes the changes meant for a parcel's open case
     */
    public static <C> CaseRegister<C> stored(EntityManager entityManager, Class<C> type, Predicate<C> open) {
        return new CaseRegister<>(new Cases<>() {
            @Override
            public C find(Object key) {
                return entityManager.find(type, key);
            }

            @Override
            public void add(Object key, C newCase) {
                entityManager.persist(newCase);
            }
        }, open);
    }

    /** @param open whether a case still takes the changes meant for a parcel's open case */
    public CaseRegister(Cases<C> cases, Predicate<C> open) {
        this.cases = cases;
        this.open = open;
    }

    /** Stores the new case, unless the case of its key is stored already: its event was delivered again. */
    public void open(Object key, Supplier<C> newCase) {
        if (cases.find(key) == null) {
            cases.add(key, newCase.get());
        }
    }

    /** Changes the case of the key; one not stored changes nothing. */
    public void change(Object key, Consumer<C> change) {
        C found = cases.find(key);
        if (found != null) {
            change.accept(found);
        }
    }

    /** Changes the first case still open among a parcel's cases, newest first; with none open, nothing changes. */
    public void changeNewestOpen(List<C> newestFirst, Consumer<C> change) {
        newestFirst.stream().filter(open).findFirst().ifPresent(change);
    }

    /** Empties the register of {@code type}'s entities: the reset before a replay. */
    public static void clear(EntityManager entityManager, Class<?> type) {
        entityManager.createQuery("delete from " + entityManager.getMetamodel().entity(type).getName()).executeUpdate();
    }
}
