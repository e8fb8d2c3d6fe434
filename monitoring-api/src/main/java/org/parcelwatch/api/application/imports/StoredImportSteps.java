package org.parcelwatch.api.application.imports;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The steps of an import that the event store holds: each command an import sends carries its step
 * ({@link AuditMetadata#IMPORT_STEP}) into the events it causes, stored in the command's own transaction, so a step
 * is applied exactly when an event of its parcel carries it, also after a kill at any moment.
 */
final class StoredImportSteps {

    /** Parcels asked about per query. */
    private static final int CHUNK = 500;

    private final EventStorageEngine events;
    private final JdbcTemplate jdbc;
    private final EventSchema schema;

    StoredImportSteps(EventStorageEngine events, JdbcTemplate jdbc, EventSchema schema) {
        this.events = events;
        this.jdbc = jdbc;
        this.schema = schema;
    }

    /** Which of the plan's steps the store holds events of. */
    Set<String> of(ImportPlan plan) {
        Set<String> ids = new HashSet<>();
        Set<String> parcelIds = new TreeSet<>();
        for (ImportPlan.Step step : plan.steps()) {
            ids.add(step.id());
            if (step.record().parcelId() != null) {
                parcelIds.add(step.record().parcelId());
            }
        }
        Set<String> applied = new HashSet<>();
        for (String parcelId : registered(parcelIds)) {
            events.readEvents(parcelId, 0).asStream().forEach(event -> {
                if (event.getMetaData().get(AuditMetadata.IMPORT_STEP) instanceof String step && ids.contains(step)) {
                    applied.add(step);
                }
            });
        }
        return applied;
    }

    /** The parcels among {@code parcelIds} that are stored: only their events are read. */
    private List<String> registered(Collection<String> parcelIds) {
        List<String> all = new ArrayList<>(parcelIds);
        List<String> stored = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            stored.addAll(jdbc.queryForList("select " + schema.aggregateIdentifierColumn() + " from "
                    + schema.domainEventTable() + " where " + schema.sequenceNumberColumn() + " = 0 and "
                    + schema.aggregateIdentifierColumn() + " in (" + String.join(",", chunk.stream().map(id -> "?").toList())
                    + ")", String.class, chunk.toArray()));
        }
        return stored;
    }
}
