package org.parcelwatch.api.store.axon;

import javax.sql.DataSource;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.RevisionResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.springboot.TokenStoreProperties;
import org.parcelwatch.api.store.audit.AuditCheckpoints;
import org.parcelwatch.api.store.audit.SealingEventStorageEngine;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.projections.jdbc.SqlDialect;
import org.parcelwatch.monitoring.audit.AuditKeyring;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Axon's event store, token store and saga store on the application's own database, through plain JDBC.
 *
 * <p>JDBC rather than Axon's JPA entities: those map their payloads as {@code @Lob byte[]}, which
 * Hibernate 6 turns into PostgreSQL {@code oid} large objects (orphaned on delete, invisible to
 * {@code pg_dump} defaults, unreadable to an auditor's SQL). Here Flyway creates {@code bytea}
 * columns and the engine only ever issues {@code setObject(byte[])}/{@code getBytes}.
 *
 * <p>Connections come from Spring's {@link DataSource} through {@link SpringDataSourceConnectionProvider},
 * so an event append and a JPA projection write in the same Spring transaction commit or roll back
 * together.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenStoreProperties.class)
public class AxonStoreConfiguration {

    /** Snake_case names, so the tables read naturally in SQL and match the Flyway migrations. */
    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                          .eventTable("domain_event_entry")
                          .snapshotTable("snapshot_event_entry")
                          .globalIndexColumn("global_index")
                          .eventIdentifierColumn("event_identifier")
                          .aggregateIdentifierColumn("aggregate_identifier")
                          .sequenceNumberColumn("sequence_number")
                          .typeColumn("type")
                          .timestampColumn("time_stamp")
                          .payloadTypeColumn("payload_type")
                          .payloadRevisionColumn("payload_revision")
                          .payloadColumn("payload")
                          .metaDataColumn("meta_data")
                          .build();
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                          .setTokenTable("token_entry")
                          .setProcessorNameColumn("processor_name")
                          .setSegmentColumn("segment")
                          .setTokenColumn("token")
                          .setTokenTypeColumn("token_type")
                          .setTimestampColumn("timestamp")
                          .setOwnerColumn("owner")
                          .build();
    }

    /** No sagas yet; naming the tables now keeps Axon's default CamelCase tables from ever being expected. */
    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new GenericSagaSqlSchema(SagaSchema.builder()
                                                  .sagaEntryTable("saga_entry")
                                                  .sagaIdColumn("saga_id")
                                                  .sagaTypeColumn("saga_type")
                                                  .revisionColumn("revision")
                                                  .serializedSagaColumn("serialized_saga")
                                                  .associationValueEntryTable("association_value_entry")
                                                  .associationKeyColumn("association_key")
                                                  .associationValueColumn("association_value")
                                                  .build());
    }

    /**
     * The general serializer, also used for snapshots and tokens. Built here rather than from an
     * {@code ObjectMapper} bean so that the REST layer keeps Spring's own mapper, and the store keeps
     * the one stable JSON shape defined by the domain.
     */
    @Bean
    @Primary
    public Serializer serializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(RevisionResolver revisionResolver) {
        return jackson(revisionResolver);
    }

    private static Serializer jackson(RevisionResolver revisionResolver) {
        JacksonSerializer serializer = JacksonSerializer.builder()
                                                        .objectMapper(ParcelwatchJson.objectMapper())
                                                        .revisionResolver(revisionResolver)
                                                        .build();
        // after the build, which registers Axon's metadata deserializer: the module registered last is asked first
        serializer.getObjectMapper().registerModule(MetaDataReader.module());
        return serializer;
    }

    @Bean
    public ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * Recognises a unique-key violation by SQLState, which PostgreSQL and H2 both report as 23505.
     * Axon's default JDBC resolver looks for {@code SQLIntegrityConstraintViolationException}, which the
     * PostgreSQL driver never throws: a duplicate registration would surface as a 500.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new UniqueViolationResolver();
    }

    /**
     * Axon's JDBC engine, sealing every append with the audit key and moving the parcels' signed checkpoints with it,
     * in one statement on PostgreSQL ({@link SealingEventStorageEngine}).
     */
    @Bean
    public SealingEventStorageEngine eventStorageEngine(Serializer serializer,
                                                        @Qualifier("eventSerializer") Serializer eventSerializer,
                                                        PersistenceExceptionResolver persistenceExceptionResolver,
                                                        org.axonframework.config.Configuration configuration,
                                                        ConnectionProvider connectionProvider,
                                                        TransactionManager transactionManager,
                                                        EventSchema eventSchema,
                                                        DataSource dataSource,
                                                        AuditKeyring auditKeys,
                                                        AuditCheckpoints auditCheckpoints,
                                                        @org.springframework.beans.factory.annotation.Value("${parcelwatch.event-store.batch-size:500}") int batchSize) {
        // batchSize: events per read of the stream; a projection rebuild reads millions of them
        return new SealingEventStorageEngine(JdbcEventStorageEngine.builder()
                                     .batchSize(batchSize)
                                     .eventSerializer(eventSerializer)
                                     .snapshotSerializer(serializer)
                                     .upcasterChain(configuration.upcasterChain())
                                     .snapshotFilter(configuration.snapshotFilter())
                                     .persistenceExceptionResolver(persistenceExceptionResolver)
                                     .connectionProvider(connectionProvider)
                                     .transactionManager(transactionManager)
                                     .schema(eventSchema)
                                     .dataType(SealingEventStorageEngine.DATA_TYPE),
                SqlDialect.of(dataSource) == SqlDialect.POSTGRESQL, auditKeys, auditCheckpoints);
    }

    /**
     * Axon's command bus as its Spring Boot configuration builds it, but opening no transaction per command where the
     * store appends in one statement (PostgreSQL): a command's only write is then that statement, atomic on its own,
     * and a transaction around it was two more round trips and a Hibernate session per command (bench/README). A
     * command sent within a transaction (a sweep's group of checks, an import) still joins it: the store's connection
     * is the transaction's. On H2 each command runs in a transaction as before.
     */
    @Bean
    @Qualifier("localSegment")
    public SimpleCommandBus commandBus(TransactionManager transactionManager,
                                       org.axonframework.config.Configuration configuration,
                                       DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
                                       SealingEventStorageEngine eventStorageEngine) {
        SimpleCommandBus commandBus = SimpleCommandBus.builder()
                .transactionManager(eventStorageEngine.appendsInOneStatement() ? NoTransactionManager.INSTANCE
                        : transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(configuration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(configuration.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(configuration.correlationDataProviders()));
        return commandBus;
    }

    /** The token claims carry this node's name ({@link NodeName}). */
    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider,
                                 Serializer serializer,
                                 TokenSchema tokenSchema,
                                 TokenStoreProperties tokenStoreProperties,
                                 NodeName nodeName) {
        JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
                                                       .connectionProvider(connectionProvider)
                                                       .serializer(serializer)
                                                       .schema(tokenSchema)
                                                       .contentType(byte[].class)
                                                       .claimTimeout(tokenStoreProperties.getClaimTimeout())
                                                       .nodeId(nodeName.value());
        return builder.build();
    }
}
