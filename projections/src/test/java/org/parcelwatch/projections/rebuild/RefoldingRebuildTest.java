package org.parcelwatch.projections.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tail refolds each of its aggregates from the stored history up to the last event the tail gave, not beyond: an
 * event stored since is the next tail's, and a rebuild that writes an aggregate's tail a step at a time (to find the
 * event its rows cannot hold) gets each step's rows.
 */
class RefoldingRebuildTest {

    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    /** Three events stored of parcel A, one of B; "x" is an event the projection does not handle. */
    private final Map<String, List<Histories.Event>> stored = Map.of(
            "A", List.of(event("A", 0, "a0"), event("A", 1, "a1"), event("A", 2, "x"), event("A", 3, "a3")),
            "B", List.of(event("B", 0, "b0")));
    private final List<Map<String, List<Object>>> written = new ArrayList<>();
    private final List<Map<String, List<Object>>> deleted = new ArrayList<>();

    @Test
    void aTailIsRefoldedUpToItsLastEventOnly() {
        RefoldingRebuild fold = fold();
        fold.add("A", 1, AT, "a1");
        fold.write(false);

        assertThat(deleted).containsExactly(Map.of("A", List.of("a1")));
        assertThat(written).containsExactly(Map.of("A", List.of("a0", "a1")));
    }

    @Test
    void aTailToTheEndRefoldsTheWholeHistoryOfEachOfItsAggregates() {
        RefoldingRebuild fold = fold();
        fold.add("A", 2, AT, "x");
        fold.add("A", 3, AT, "a3");
        fold.add("B", 0, AT, "b0");
        fold.write(false);

        assertThat(written).containsExactly(Map.of("A", List.of("a0", "a1", "a3"), "B", List.of("b0")));
        assertThat(fold.pending()).isZero();
    }

    @Test
    void theBoundIsTheTailsOwnNotTheOneBeforeIt() {
        RefoldingRebuild fold = fold();
        fold.add("A", 0, AT, "a0");
        fold.write(false);
        fold.add("A", 3, AT, "a3");
        fold.write(false);

        assertThat(written).containsExactly(Map.of("A", List.of("a0")), Map.of("A", List.of("a0", "a1", "a3")));
    }

    @Test
    void freshAggregatesAreFoldedFromWhatWasGiven() {
        RefoldingRebuild fold = fold();
        fold.add("A", 0, AT, "a0");
        fold.add("A", 1, AT, "a1");
        fold.write(true);

        assertThat(deleted).isEmpty();
        assertThat(written).containsExactly(Map.of("A", List.of("a0", "a1")));
    }

    private RefoldingRebuild fold() {
        Histories histories = (ids, events) -> ids.forEach(id -> stored.get(id).forEach(events));
        return new RefoldingRebuild(payload -> !"x".equals(payload), histories, new RefoldingRebuild.Fold() {
            @Override
            public void write(Map<String, List<Object>> histories) {
                written.add(new LinkedHashMap<>(histories));
            }

            @Override
            public void delete(Map<String, List<Object>> aggregates) {
                deleted.add(new LinkedHashMap<>(aggregates));
            }
        });
    }

    private static Histories.Event event(String aggregate, long sequence, Object payload) {
        return new Histories.Event(aggregate, sequence, AT, payload);
    }
}
