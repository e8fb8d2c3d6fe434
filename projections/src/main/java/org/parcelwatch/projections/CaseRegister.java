package org.parcelwatch.projections;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A register of cases kept as JPA entities, as the breach register and the idle-land referral register are: a case
 * per key, opened by one event however often that event is delivered, then changed by later events, mostly through
 * the newest of a parcel's cases that is still open; a reset empties the register.
 *
 * @param <C> the case entity
 */
public final class CaseRegister<C> {

    private final EntityManager entityManager;
    private final Class<C> type;
    private final Predicate<C> open;

    /**
     * @param type the case entity
     * @param open whether a case still takes the changes meant for a parcel's open case
     */
    public CaseRegister(EntityManager entityManager, Class<C> type, Predicate<C> open) {
        this.entityManager = entityManager;
        this.type = type;
        this.open = open;
    }

    /** Stores the new case, unless the case of its key is stored already: its event was delivered again. */
    public void open(Object key, Supplier<C> newCase) {
        if (entityManager.find(type, key) == null) {
            entityManager.persist(newCase.get());
        }
    }

    /** Changes the case of the key; one not stored changes nothing. */
    public void change(Object key, Consumer<C> change) {
        C found = entityManager.find(type, key);
        if (found != null) {
            change.accept(found);
        }
    }

    /** Changes the first case still open among a parcel's cases, newest first; with none open, nothing changes. */
    public void changeNewestOpen(List<C> newestFirst, Consumer<C> change) {
        newestFirst.stream().filter(open).findFirst().ifPresent(change);
    }

    /** Empties the register: the reset before a replay. */
    public void clear() {
        entityManager.createQuery("delete from " + entityManager.getMetamodel().entity(type).getName()).executeUpdate();
    }
}
