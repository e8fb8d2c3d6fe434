package org.parcelwatch.api.store.axon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.parcelwatch.api.store.audit.StoredEventEntry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the event streams of a group of parcels in one query, for commands about to load them in the same
 * unit of work (the sweep's group of checks). Loading a parcel otherwise costs two round trips to the
 * database — its snapshot, then its events — and with the appends and commits shared by the group, those
 * reads are what a sweep check waits for.
 *
 * <p>Only parcels without a snapshot are read ahead (a snapshot's parcel loads the usual way). The streams
 * are read inside the group's transaction just before its commands run, so a parcel read ahead is as
 * current as one read at load time: an event another node appends meanwhile makes the group's append
 * fail on the store's unique key, and the group is checked again parcel by parcel. The last row of each stream is
 * the parcel's {@link ParcelHeads head} for the group.
 */
@Component
public class EventStreamPrefetch {

    private static final String STREAMS = EventStreamPrefetch.class.getName() + ".streams";

    private final JdbcTemplate jdbc;
    private final EventSchema schema;
    private final Serializer serializer;
    private final ObjectProvider<org.axonframework.config.Configuration> axon;
    private final ParcelHeads heads;

    /** The Axon configuration is looked up when first needed: the repository that uses this is part of it. */
    public EventStreamPrefetch(JdbcTemplate jdbc, EventSchema schema, @Qualifier("eventSerializer") Serializer serializer,
                               ObjectProvider<org.axonframework.config.Configuration> axon, ParcelHeads heads) {
        this.jdbc = jdbc;
        this.schema = schema;
        this.serializer = serializer;
        this.axon = axon;
        this.heads = heads;
    }

    /** Reads the streams of {@code parcelIds} for the commands of the current (root) unit of work. */
    public void readAhead(Collection<String> parcelIds) {
        if (parcelIds.isEmpty() || !CurrentUnitOfWork.isStarted()) {
            return;
        }
        List<String> ids = List.copyOf(new HashSet<>(parcelIds));
        Set<String> snapshotted = new HashSet<>(jdbc.queryForList("select distinct " + schema.aggregateIdentifierColumn()
                + " from " + schema.snapshotTable() + " where " + schema.aggregateIdentifierColumn() + " in (" + marks(ids) + ")",
                String.class, ids.toArray()));
        List<String> plain = ids.stream().filter(id -> !snapshotted.contains(id)).toList();
        if (plain.isEmpty()) {
            return;
        }
        Map<String, List<DomainEventData<?>>> streams = new HashMap<>();
        jdbc.query("select " + schema.domainEventFields() + " from " + schema.domainEventTable() + " where "
                        + schema.aggregateIdentifierColumn() + " in (" + marks(plain) + ") order by " + schema.aggregateIdentifierColumn() + ", " + schema.sequenceNumberColumn(),
                rs -> {
                    String id = rs.getString(schema.aggregateIdentifierColumn());
                    streams.computeIfAbsent(id, key -> new ArrayList<>()).add(new StoredEventEntry<>(
                            rs.getString(schema.typeColumn()), id, rs.getLong(schema.sequenceNumberColumn()),
                            rs.getString(schema.eventIdentifierColumn()), rs.getString(schema.timestampColumn()),
                            rs.getString(schema.payloadTypeColumn()), rs.getString(schema.payloadRevisionColumn()),
                            rs.getBytes(schema.payloadColumn()), rs.getBytes(schema.metaDataColumn())));
                }, plain.toArray());
        streams.forEach((id, stream) -> {
            DomainEventData<?> last = stream.get(stream.size() - 1);
            heads.readWith(id, last.getSequenceNumber(), last.getTimestamp());
        });
        CurrentUnitOfWork.get().root().<Map<String, List<DomainEventData<?>>>>getOrComputeResource(STREAMS, key -> new HashMap<>())
                         .putAll(streams);
    }

    private static String marks(List<String> values) {
        return String.join(", ", Collections.nCopies(values.size(), "?"));
    }

    /**
     * The stream read ahead for {@code parcelId} in the current unit of work, handed out once; null when there
     * is none (not read ahead, has a snapshot, or no events: then the parcel loads the usual way).
     */
    DomainEventStream take(String parcelId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        Map<String, List<DomainEventData<?>>> streams = root.getResource(STREAMS);
        List<DomainEventData<?>> stream = streams == null ? null : streams.remove(parcelId);
        if (stream == null) {
            return null;
        }
        EventUpcaster upcasters = axon.getObject().upcasterChain();
        return EventStreamUtils.upcastAndDeserializeDomainEvents(stream.stream(), serializer, upcasters);
    }
}
