package org.parcelwatch.api.application.audit;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads a parcel's raw history straight from the event store, from sequence 0 and never from a
 * snapshot: what the auditor sees is what was recorded, not what a later fold made of it.
 */
@Component
public class ParcelHistory {

    /** The aggregate type Axon stores with each event of a parcel's stream (the class's simple name). */
    public static final String PARCEL_STREAM = "Parcel";

    private final EventStorageEngine storage;
    private final JdbcTemplate jdbc;

    public ParcelHistory(EventStorageEngine storage, JdbcTemplate jdbc) {
        this.storage = storage;
        this.jdbc = jdbc;
    }

    /** Events from {@code firstSequence}, at most {@code limit}. */
    public List<DomainEventMessage<?>> read(String parcelId, long firstSequence, int limit) {
        List<DomainEventMessage<?>> events = new ArrayList<>();
        DomainEventStream stream = storage.readEvents(parcelId, firstSequence);
        while (stream.hasNext() && events.size() < limit) {
            events.add(stream.next());
        }
        return events;
    }

    public List<DomainEventMessage<?>> readAll(String parcelId) {
        return read(parcelId, 0, Integer.MAX_VALUE);
    }

    public long count(String parcelId) {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, parcelId);
        return count == null ? 0 : count;
    }

    /**
     * Every parcel with a history, in supervision-number order, after {@code afterParcelId}. The store holds other
     * streams too (a complaint about an address has its own, issue 21): only the parcels' are listed.
     */
    public List<String> parcelIds(String afterParcelId, int limit) {
        return jdbc.queryForList("select distinct aggregate_identifier from domain_event_entry"
                + " where aggregate_identifier > ? and type = ? order by aggregate_identifier limit ?", String.class,
                afterParcelId, PARCEL_STREAM, limit);
    }
}
