package org.parcelwatch.api.store.axon;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.parcelwatch.monitoring.audit.AuditSeal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The head of a parcel's stored stream: its last event's sequence number and timestamp, as the store held it when
 * the current unit of work first asked, before the unit's own events are appended. Several nodes share the store, so
 * this is what tells a node that its cached copy of a parcel is behind ({@link ParcelRepository}) and what a new
 * event's timestamp may not precede.
 *
 * <p>One indexed row read, once per parcel and unit of work; the sweep's read-ahead ({@link EventStreamPrefetch})
 * hands over the heads of the streams it read, so a group of checks pays nothing for them.
 */
@Component
public class ParcelHeads {

    /** The last stored event of a parcel. */
    public record Head(long sequence, Instant stamp) {
    }

    private static final String HEADS = ParcelHeads.class.getName() + ".heads";

    private final JdbcTemplate jdbc;
    private final EventSchema schema;

    public ParcelHeads(JdbcTemplate jdbc, EventSchema schema) {
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /** The head of {@code parcelId}'s stream; empty where it has no event stored. */
    public Optional<Head> of(String parcelId) {
        if (!CurrentUnitOfWork.isStarted()) {
            return read(parcelId);
        }
        return heads().computeIfAbsent(parcelId, this::read);
    }

    /** The head, taken from a stream's last row that the current unit of work read anyway. */
    void readWith(String parcelId, long sequence, Instant stamp) {
        if (CurrentUnitOfWork.isStarted()) {
            heads().put(parcelId, Optional.of(new Head(sequence, stamp)));
        }
    }

    private Map<String, Optional<Head>> heads() {
        return CurrentUnitOfWork.get().root().getOrComputeResource(HEADS, key -> new HashMap<>());
    }

    private Optional<Head> read(String parcelId) {
        List<Head> last = jdbc.query("select " + schema.sequenceNumberColumn() + ", " + schema.timestampColumn()
                        + " from " + schema.domainEventTable() + " where " + schema.aggregateIdentifierColumn() + " = ?"
                        + " order by " + schema.sequenceNumberColumn() + " desc fetch first 1 rows only",
                (rs, row) -> new Head(rs.getLong(1), AuditSeal.readStoredTimestamp(rs.getString(2))), parcelId);
        return last.stream().findFirst();
    }
}
