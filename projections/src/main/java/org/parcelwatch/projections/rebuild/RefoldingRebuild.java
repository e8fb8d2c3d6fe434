package org.parcelwatch.projections.rebuild;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A {@link RebuildFold} that folds whole aggregates only: it collects the events its projection handles by aggregate;
 * fresh, it folds them and writes the rows; for a tail, it deletes the rows of the tail's aggregates and folds each
 * of them again from its history ({@link Histories}) up to the last event it was given, so that an event that comes
 * again changes nothing, and one stored since is left to the tail that brings it (a rebuild that writes an aggregate's
 * tail event by event, to find one its rows cannot hold, sees each step). For
 * the registers whose aggregates have a few rows each, where reading the stored rows back would cost more than the
 * history.
 */
public final class RefoldingRebuild implements RebuildFold {

    /** The projection's side: the fold of whole histories, and the delete of aggregates' rows. */
    public interface Fold {

        /** Folds each aggregate's whole history (its handled events, in order) and writes the rows, each once. */
        void write(Map<String, List<Object>> histories);

        /** Deletes the rows of the aggregates, whose events (of the tail) are given. */
        void delete(Map<String, List<Object>> aggregates);
    }

    private final Predicate<Object> handles;
    private final Histories histories;
    private final Fold fold;
    private Map<String, List<Object>> batch = new LinkedHashMap<>();
    /** The sequence of each aggregate's last event collected. */
    private Map<String, Long> upTo = new LinkedHashMap<>();

    /** @param handles whether the projection handles an event (others are not collected) */
    public RefoldingRebuild(Predicate<Object> handles, Histories histories, Fold fold) {
        this.handles = handles;
        this.histories = histories;
        this.fold = fold;
    }

    @Override
    public void add(String aggregateId, long sequence, Instant timestamp, Object payload) {
        if (handles.test(payload)) {
            batch.computeIfAbsent(aggregateId, id -> new ArrayList<>()).add(payload);
            upTo.merge(aggregateId, sequence, Math::max);
        }
    }

    @Override
    public int pending() {
        return batch.size();
    }

    @Override
    public void write(boolean fresh) {
        if (batch.isEmpty()) {
            return;
        }
        if (fresh) {
            fold.write(batch);
        } else {
            if (histories == null) {
                throw new IllegalStateException("a tail is folded again from whole histories, and none were given");
            }
            fold.delete(batch);
            Map<String, List<Object>> whole = new LinkedHashMap<>();
            histories.of(List.copyOf(batch.keySet()), e -> {
                if (handles.test(e.payload()) && e.sequence() <= upTo.get(e.aggregateId())) {
                    whole.computeIfAbsent(e.aggregateId(), id -> new ArrayList<>()).add(e.payload());
                }
            });
            fold.write(whole);
        }
        batch = new LinkedHashMap<>();
        upTo = new LinkedHashMap<>();
    }
}
