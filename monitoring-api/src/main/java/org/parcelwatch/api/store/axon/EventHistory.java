package org.parcelwatch.api.store.axon;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.serialization.Serializer;
import org.parcelwatch.api.store.audit.StoredEventEntry;
import org.parcelwatch.projections.rebuild.Histories;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The event store read straight through for a rebuild: one query on a connection of its own, fetched in pages
 * by the driver's cursor, upcast and deserialised as the store itself does ({@link EventStreamUtils}), without a
 * tracking processor's coordinator, segments and per-event hand-over. Also a rebuild fold's {@link Histories}: an
 * aggregate's whole history, for a fold that refolds it.
 */
@Component
public class EventHistory implements Histories {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final EventSchema schema;
    private final Serializer serializer;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private final int fetchSize;

    public EventHistory(DataSource dataSource, EventSchema schema, @Qualifier("eventSerializer") Serializer serializer,
                        ObjectProvider<org.axonframework.config.Configuration> axon,
                        @Value("${parcelwatch.projections.rebuild.fetch-size:5000}") int fetchSize) {
        this.dataSource = dataSource;
        this.jdbc = new JdbcTemplate(dataSource);
        this.schema = schema;
        this.serializer = serializer;
        this.axon = axon;
        this.fetchSize = fetchSize;
    }

    /** The highest global index stored, -1 for an empty store. */
    public long head() {
        Long head = jdbc.queryForObject("select max(" + schema.globalIndexColumn() + ") from " + schema.domainEventTable(),
                Long.class);
        return head == null ? -1 : head;
    }

    /**
     * A tracking token at {@code head} that still waits for the global indexes of the last {@code window} below it
     * that are not stored (yet): transactions that took an index and have not committed. A processor set to it
     * handles those when they commit, as it would have from its own token.
     */
    public GapAwareTrackingToken tokenAt(long head, int window) {
        long from = Math.max(0, head - window); // the store's first index is 1
        java.util.Set<Long> stored = new java.util.HashSet<>(jdbc.queryForList("select " + schema.globalIndexColumn() + " from "
                + schema.domainEventTable() + " where " + schema.globalIndexColumn() + " > ? and " + schema.globalIndexColumn()
                + " <= ?", Long.class, from, head));
        java.util.SortedSet<Long> gaps = new java.util.TreeSet<>();
        for (long index = from + 1; index < head; index++) {
            if (!stored.contains(index)) {
                gaps.add(index);
            }
        }
        return GapAwareTrackingToken.newInstance(head, gaps);
    }

    /**
     * Every event up to global index {@code upTo}, aggregate by aggregate, each aggregate's events in their order and
     * handed over together as stored (neither upcast nor deserialised: {@link #deserialize} does it, on the thread that
     * folds them). One snapshot of the store: what commits during the read is not in it.
     */
    public void byAggregate(long upTo, Consumer<List<DomainEventData<?>>> aggregate) {
        read("where " + schema.globalIndexColumn() + " <= ? order by " + schema.aggregateIdentifierColumn() + ", "
                + schema.sequenceNumberColumn(), ps -> ps.setLong(1, upTo), index -> true, aggregate, true);
    }

    /**
     * The events a processor at {@code token} has still to handle (after its index, and those of its gaps that
     * are stored now), in global order, in runs of at most the fetch size.
     */
    public void after(GapAwareTrackingToken token, Consumer<List<? extends DomainEventMessage<?>>> events) {
        long from = token.getGaps().isEmpty() ? token.getIndex() : Math.min(token.getIndex(), token.getGaps().first() - 1);
        read("where " + schema.globalIndexColumn() + " > ? order by " + schema.globalIndexColumn(), ps -> ps.setLong(1, from),
                index -> index > token.getIndex() || token.getGaps().contains(index), run -> events.accept(deserialize(run)), false);
    }

    /** Every event stored now of each of {@code aggregateIds}, each aggregate's in order (PostgreSQL). */
    @Override
    public void of(Collection<String> aggregateIds, Consumer<Histories.Event> events) {
        if (aggregateIds.isEmpty()) {
            return;
        }
        read("where " + schema.aggregateIdentifierColumn() + " = any(?) order by " + schema.aggregateIdentifierColumn() + ", "
                + schema.sequenceNumberColumn(), ps -> ps.setArray(1, ps.getConnection().createArrayOf("varchar",
                aggregateIds.toArray())), index -> true, run -> deserialize(run).forEach(e -> events.accept(
                new Histories.Event(e.getAggregateIdentifier(), e.getSequenceNumber(), e.getTimestamp(), e.getPayload()))), true);
    }

    private interface Bind {
        void to(PreparedStatement statement) throws SQLException;
    }

    private void read(String where, Bind bind, java.util.function.LongPredicate wanted,
                      Consumer<List<DomainEventData<?>>> handOver, boolean byAggregate) {
        String sql = "select " + schema.globalIndexColumn() + ", " + schema.typeColumn() + ", " + schema.aggregateIdentifierColumn()
                + ", " + schema.sequenceNumberColumn() + ", " + schema.eventIdentifierColumn() + ", " + schema.timestampColumn()
                + ", " + schema.payloadTypeColumn() + ", " + schema.payloadRevisionColumn() + ", " + schema.payloadColumn()
                + ", " + schema.metaDataColumn() + " from " + schema.domainEventTable() + " " + where;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // the driver pages through a cursor only inside a transaction
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(fetchSize);
                bind.to(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    List<DomainEventData<?>> run = new ArrayList<>();
                    String aggregate = null;
                    while (rs.next()) {
                        if (!wanted.test(rs.getLong(1))) {
                            continue;
                        }
                        // columns by position, in the order selected: no lookup by name for each value
                        String id = rs.getString(3);
                        boolean cut = byAggregate ? aggregate != null && !aggregate.equals(id) : run.size() >= fetchSize;
                        if (cut) {
                            handOver.accept(run);
                            run = new ArrayList<>();
                        }
                        aggregate = id;
                        run.add(new StoredEventEntry<>(rs.getString(2), id, rs.getLong(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8), rs.getBytes(9), rs.getBytes(10)));
                    }
                    if (!run.isEmpty()) {
                        handOver.accept(run);
                    }
                }
            } finally {
                c.commit();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the event store for a rebuild failed", e);
        }
    }

    /** Events as stored, upcast and deserialised as the store does (one aggregate's, or a run in global order). */
    public List<? extends DomainEventMessage<?>> deserialize(List<DomainEventData<?>> run) {
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(run.stream(), serializer,
                axon.getObject().upcasterChain());
        List<DomainEventMessage<?>> messages = new ArrayList<>(run.size());
        stream.forEachRemaining(messages::add);
        return messages;
    }
}
