package org.parcelwatch.api.store.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.parcelwatch.projections.ProjectionProcessing;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A dead-letter queue for each projection's pooled processor, so that no single event can stall a projection
 * (issue 19): an event the projection fails on for good waits in {@code dead_letter_entry} with its parcel's later
 * events behind it (sequenced per parcel, the processors' sequencing policy), and every other parcel moves on.
 * Which failures are dead-lettered and which the processor retries is {@link ProjectionDeadLetterPolicy}'s decision.
 *
 * <ul>
 *   <li>Axon's JDBC queue, on the application's connections and transactions: a letter is stored in the transaction
 *       of the batch that met it, together with the batch's token. Its payloads are {@code bytea} on PostgreSQL
 *       (Flyway V53), never {@code oid}.</li>
 *   <li>Each processor keeps which parcels are queued for its segments in memory
 *       ({@code enableSequenceIdentifierCache}), so while the queue is empty a rebuild does not ask the database
 *       about every event.</li>
 *   <li>A reset (the admin's replay) empties the projection's queue with its tables: the replay handles every event
 *       again, and one that still fails is dead-lettered again in its place. A rebuild into shadow tables replaces
 *       the queue with what it set aside itself, when it switches the tables in.</li>
 *   <li>Each queue holds what {@link DeadLetterCapacity} allows, no more.</li>
 * </ul>
 * Letters are listed, retried and evicted by the admin ({@code application/admin/DeadLetterAdmin}).
 */
@Configuration(proxyBeanMethods = false)
public class DeadLetterConfiguration {

    /** Snake_case names, as the other Axon tables; the table comes from Flyway. */
    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                               .deadLetterTable("dead_letter_entry")
                               .deadLetterIdentifierColumn("dead_letter_id")
                               .processingGroupColumn("processing_group")
                               .sequenceIdentifierColumn("sequence_identifier")
                               .sequenceIndexColumn("sequence_index")
                               .messageTypeColumn("message_type")
                               .eventIdentifierColumn("event_identifier")
                               .timestampColumn("time_stamp")
                               .payloadTypeColumn("payload_type")
                               .payloadRevisionColumn("payload_revision")
                               .payloadColumn("payload")
                               .metaDataColumn("meta_data")
                               .aggregateTypeColumn("aggregate_type")
                               .aggregateIdentifierColumn("aggregate_identifier")
                               .sequenceNumberColumn("sequence_number")
                               .tokenTypeColumn("token_type")
                               .tokenColumn("token")
                               .enqueuedAtColumn("enqueued_at")
                               .lastTouchedColumn("last_touched")
                               .processingStartedColumn("processing_started")
                               .causeTypeColumn("cause_type")
                               .causeMessageColumn("cause_message")
                               .diagnosticsColumn("diagnostics")
                               .build();
    }

    @Bean
    public ConfigurerModule projectionDeadLetterQueues(ConnectionProvider connectionProvider, DeadLetterSchema schema,
                                                       Serializer serializer,
                                                       @Qualifier("eventSerializer") Serializer eventSerializer,
                                                       DeadLetterCapacity capacity) {
        ProjectionDeadLetterPolicy policy = new ProjectionDeadLetterPolicy();
        return configurer -> configurer.eventProcessing(processing -> ProjectionProcessing.GROUPS.forEach(group -> processing
                .registerDeadLetterQueue(group, config -> queue(group, connectionProvider,
                        config.getComponent(TransactionManager.class), schema, serializer, eventSerializer, capacity))
                .registerDeadLetterPolicy(group, config -> policy)
                .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                        (config, invoker) -> invoker.enableSequenceIdentifierCache().allowReset(true))));
    }

    private static SequencedDeadLetterQueue<EventMessage<?>> queue(String group, ConnectionProvider connectionProvider,
                                                                   TransactionManager transactionManager,
                                                                   DeadLetterSchema schema, Serializer serializer,
                                                                   Serializer eventSerializer,
                                                                   DeadLetterCapacity capacity) {
        return JdbcSequencedDeadLetterQueue.builder()
                                           .processingGroup(group)
                                           .connectionProvider(connectionProvider)
                                           .transactionManager(transactionManager)
                                           .schema(schema)
                                           .genericSerializer(serializer)
                                           .eventSerializer(eventSerializer)
                                           .maxSequences(capacity.maxParcels())
                                           .maxSequenceSize(capacity.maxEventsPerParcel())
                                           .build();
    }
}
