package org.parcelwatch.projections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildFold;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A projection's rebuild fold against its live handlers: {@link RebuildStory}'s streams handed to the handlers as the
 * processor does (every stream's events interleaved in the store's order, a few to a batch), then, the tables
 * emptied, folded by {@link RebuildableProjection#rebuildInto} a couple of aggregates at a time; every table the
 * projection names must hold the same rows, column for column. On PostgreSQL and H2, as every projection test.
 *
 * @param <P> the projection under test
 */
public abstract class RebuildTestSupport<P extends RebuildableProjection> extends ProjectionTestSupport<P> {

    /** A fresh fold must not read the store: the streams it is given are whole. */
    private static final Histories NONE = (ids, events) -> {
        throw new AssertionError("a fresh fold read histories of " + ids);
    };

    @Autowired
    private DataSource dataSource;

    @Test
    void aFreshFoldWritesEachRowTheHandlersWrite() {
        Map<String, List<String>> live = live();
        liveRowsGiveEveryColumnAValue();

        reset();
        RebuildFold fold = projection.rebuildInto(dataSource, RowInserts.batched(jdbc), NONE);
        for (List<DomainEventMessage<?>> stream : RebuildStory.streams().values()) {
            stream.forEach(e -> fold.add(e.getAggregateIdentifier(), e.getSequenceNumber(), e.getTimestamp(), e.getPayload()));
            if (fold.pending() >= 2) {
                fold.write(true);
            }
        }
        fold.write(true);
        assertThat(fold.pending()).isZero();

        assertThat(rows()).isEqualTo(live);
    }

    /**
     * The tables hold every stream's first half (C whole); the tail read after them starts two events earlier, so
     * that each of those comes again, and is folded twice over: the rows are the live ones, nothing doubled.
     */
    @Test
    void aTailFoldedOnStoredRowsWithEventsAgainWritesTheLiveRowsOnce() {
        Map<String, List<String>> live = live();
        Map<String, List<DomainEventMessage<?>>> streams = RebuildStory.streams();

        reset();
        RebuildFold head = projection.rebuildInto(dataSource, RowInserts.batched(jdbc), NONE);
        List<DomainEventMessage<?>> tail = new ArrayList<>();
        streams.forEach((id, stream) -> {
            int cut = id.equals(RebuildStory.C) ? stream.size() : stream.size() / 2;
            stream.subList(0, cut).forEach(e -> head.add(id, e.getSequenceNumber(), e.getTimestamp(), e.getPayload()));
            tail.addAll(stream.subList(Math.max(0, cut - 2), stream.size()));
        });
        head.write(true);
        assertThat(rows()).isNotEqualTo(live);
        tail.sort(Comparator.comparing(DomainEventMessage::getTimestamp));

        Histories store = (ids, events) -> ids.forEach(id -> streams.get(id).forEach(e ->
                events.accept(new Histories.Event(id, e.getSequenceNumber(), e.getTimestamp(), e.getPayload()))));
        for (int round = 0; round < 2; round++) {
            RebuildFold fold = projection.rebuildInto(dataSource, RowInserts.batched(jdbc), store);
            tail.forEach(e -> fold.add(e.getAggregateIdentifier(), e.getSequenceNumber(), e.getTimestamp(), e.getPayload()));
            fold.write(false);
            assertThat(rows()).as("after tail %d", round + 1).isEqualTo(live);
        }
    }

    /** The rows the handlers write from the story's streams, in the store's order, five events to a batch. */
    private Map<String, List<String>> live() {
        reset();
        List<DomainEventMessage<?>> all = RebuildStory.inStoreOrder();
        for (int from = 0; from < all.size(); from += 5) {
            inOneBatch(all.subList(from, Math.min(all.size(), from + 5)));
        }
        Map<String, List<String>> rows = rows();
        assertThat(rows.values()).as("the story gives every table rows").allSatisfy(table -> assertThat(table).isNotEmpty());
        return rows;
    }

    /** Else a column the fold leaves out would pass unseen. */
    private void liveRowsGiveEveryColumnAValue() {
        for (String table : projection.tables()) {
            List<Map<String, Object>> rows = jdbc.queryForList("select * from " + table);
            for (String column : rows.get(0).keySet()) {
                assertThat(rows).as("%s.%s has a value in some row", table, column)
                        .anySatisfy(row -> assertThat(row.get(column)).isNotNull());
            }
        }
    }

    /** Every table of the projection, its rows as lines in order ({@link TableRows}). */
    private Map<String, List<String>> rows() {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String table : projection.tables()) {
            List<String> lines = new ArrayList<>(tableRows("select * from " + table));
            lines.sort(null);
            rows.put(table, lines);
        }
        return rows;
    }
}
