package org.parcelwatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.parcel.Parcel;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event store on PostgreSQL: the storage types the design insists on, and events that survive a restart.
 */
@PostgresTest
class PostgresEventStoreTest {

    /**
     * Registration in history mode (issue 20): these tests count and read the events a registration stores, or walk the
     * parcel's past after it; checked at once, the sample's 2024 dates would add the overdue events of today.
     */
    private static final String REGISTER = "/api/v1/parcels?enteringHistory=true";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PostgresDatabase database;

    @Test
    void registrationStoresExactlyOneEventInABinaryColumn() throws Exception {
        String parcelId = register();

        List<Map<String, Object>> events = jdbc.queryForList(
                "SELECT sequence_number, payload_type, payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                parcelId);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).get("payload_type")).isEqualTo(ParcelRegistered.class.getName());
        assertThat(new String((byte[]) events.get(0).get("payload"), StandardCharsets.UTF_8))
                .contains("\"parcelId\":\"" + parcelId + "\"");

        assertThat(columnType("domain_event_entry", "payload")).isEqualTo("bytea");
        assertThat(columnType("domain_event_entry", "meta_data")).isEqualTo("bytea");
        assertThat(columnType("snapshot_event_entry", "payload")).isEqualTo("bytea");
        assertThat(columnType("token_entry", "token")).isEqualTo("bytea");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_largeobject_metadata", Long.class)).isZero();
    }

    @Test
    void noColumnIsALargeObject() {
        List<String> oidColumns = jdbc.queryForList(
                "SELECT table_name || '.' || column_name FROM information_schema.columns"
                        + " WHERE table_schema = 'public' AND (data_type = 'oid' OR udt_name = 'oid')", String.class);
        assertThat(oidColumns).isEmpty();
        assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'public'", Long.class))
                .as("the schema was created").isGreaterThan(50);
    }

    @Test
    void globalIndexComesFromItsOwnSequenceSteppingByOne() throws Exception {
        Map<String, Object> sequence = jdbc.queryForMap(
                "SELECT increment_by, cache_size FROM pg_sequences"
                        + " WHERE schemaname = 'public' AND sequencename = 'domain_event_entry_global_index_seq'");
        assertThat(sequence.get("increment_by")).isEqualTo(1L);
        assertThat(sequence.get("cache_size")).isEqualTo(1L);
        assertThat(jdbc.queryForObject(
                "SELECT column_default FROM information_schema.columns"
                        + " WHERE table_name = 'domain_event_entry' AND column_name = 'global_index'", String.class))
                .contains("nextval('domain_event_entry_global_index_seq'");

        long first = globalIndexOf(register());
        long second = globalIndexOf(register());
        assertThat(second).isEqualTo(first + 1);
    }

    /**
     * The store reads its timestamps by hand ({@code StoredEventEntry}) and so builds the tracking tokens itself: what
     * it reads, of the global stream and of a parcel's, is what Axon's own engine reads from the same rows, gaps in
     * the global index (a rolled-back insert's number) included.
     */
    @Test
    void theStoreReadsItsEventsAsAxonsOwnEngineReadsThem(@Autowired EventStorageEngine store,
                                                           @Autowired @Qualifier("eventSerializer") Serializer serializer,
                                                           @Autowired EventSchema schema,
                                                           @Autowired ConnectionProvider connections,
                                                           @Autowired org.axonframework.common.transaction.TransactionManager transactions)
            throws Exception {
        String first = register();
        // the number taken here is never written: a gap (another thread's event may come between it and the second)
        long skipped = jdbc.queryForObject("select nextval('domain_event_entry_global_index_seq')", Long.class);
        String second = register();
        mvc.perform(post("/api/v1/parcels/" + second + "/payments").with(httpBasic("desk", "desk"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"amount\": 1000.00, \"paidOn\": \"2024-03-01\", \"receiptNo\": \"R-EQ-1\"}"))
                .andExpect(status().is2xxSuccessful());
        JdbcEventStorageEngine axons = JdbcEventStorageEngine.builder().eventSerializer(serializer).snapshotSerializer(serializer)
                .connectionProvider(connections).transactionManager(transactions).schema(schema).dataType(byte[].class)
                .build();

        long from = globalIndexOf(first) - 1;
        TrackingToken start = GapAwareTrackingToken.newInstance(from, java.util.Collections.emptySortedSet());
        List<? extends TrackedEventMessage<?>> ours = store.readEvents(start, false).toList();
        List<? extends TrackedEventMessage<?>> theirs = axons.readEvents(start, false).toList();
        assertThat(ours).hasSizeGreaterThanOrEqualTo(3).hasSameSizeAs(theirs);
        assertThat(((GapAwareTrackingToken) ours.get(ours.size() - 1).trackingToken()).getGaps()).as("the gap before the second")
                .contains(skipped);
        for (int i = 0; i < ours.size(); i++) {
            assertThat(ours.get(i).getIdentifier()).isEqualTo(theirs.get(i).getIdentifier());
            assertThat(ours.get(i).getTimestamp()).isEqualTo(theirs.get(i).getTimestamp());
            assertThat(ours.get(i).trackingToken()).isEqualTo(theirs.get(i).trackingToken());
            assertThat(ours.get(i).getPayload()).isEqualTo(theirs.get(i).getPayload());
        }
        List<? extends DomainEventMessage<?>> stream = store.readEvents(second).asStream().toList();
        List<? extends DomainEventMessage<?>> axonStream = axons.readEvents(second).asStream().toList();
        assertThat(stream).hasSizeGreaterThanOrEqualTo(2).hasSameSizeAs(axonStream);
        for (int i = 0; i < stream.size(); i++) {
            assertThat(stream.get(i).getTimestamp()).isEqualTo(axonStream.get(i).getTimestamp());
            assertThat(stream.get(i).getMetaData()).isEqualTo(axonStream.get(i).getMetaData());
        }
    }

    @Test
    void duplicateRegistrationIsAConflictOnPostgres() throws Exception {
        String parcelId = register();

        mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON)
                                           .content(SampleParcels.registrationJson(parcelId)))
           .andExpect(status().isConflict())
           .andExpect(jsonPath("$.code").value("DUPLICATE_PARCEL"));
        assertThat(eventCount(parcelId)).isEqualTo(1);
    }

    @Test
    void eventAppendsJoinTheSurroundingSpringTransaction(@Autowired TransactionTemplate transactions,
                                                         @Autowired EventStore eventStore) {
        String aggregateId = "tx-probe-" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> {
            eventStore.publish(new GenericDomainEventMessage<>("Probe", aggregateId, 0, "probe"));
            assertThat(eventCount(aggregateId)).as("visible inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(eventCount(aggregateId)).as("gone with the rollback").isZero();
    }

    @Test
    void aFreshApplicationReloadsTheParcelFromTheStore() throws Exception {
        String parcelId = register();

        try (ConfigurableApplicationContext restarted = startSecondNode(Map.of("parcelwatch.snapshot.threshold", "2"))) {
            Configuration axon = restarted.getBean(Configuration.class);
            assertThat(versionOf(axon, parcelId)).isZero();

            CommandGateway commands = restarted.getBean(CommandGateway.class);
            assertThatThrownBy(() -> commands.sendAndWait(
                    SampleParcels.registerInHistory(parcelId)))
                    .isInstanceOf(AggregateStreamCreationException.class);

            commands.sendAndWait(new RecordPayment(parcelId, new BigDecimal("6172839.00"),
                    LocalDate.of(2024, 3, 1), "R-" + parcelId));
            assertThat(eventCount(parcelId)).isEqualTo(2);

            // the second event crossed the snapshot threshold: the state is stored as a bytea snapshot
            Map<String, Object> snapshot = jdbc.queryForMap(
                    "SELECT sequence_number, payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", parcelId);
            assertThat(snapshot.get("sequence_number")).isEqualTo(1L);
            assertThat((byte[]) snapshot.get("payload")).isNotEmpty();
            assertThat(versionOf(axon, parcelId)).isEqualTo(1L);
        }
    }

    /** Arguments, not builder properties: those are mere defaults, below the profile's own datasource URL. */
    private ConfigurableApplicationContext startSecondNode(Map<String, String> extra) {
        Map<String, String> settings = new LinkedHashMap<>(database.springProperties());
        settings.putAll(extra);
        String[] args = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                                .toArray(String[]::new);
        return new SpringApplicationBuilder(ParcelwatchApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("postgres")
                .run(args);
    }

    private static Long versionOf(Configuration axon, String parcelId) {
        return DefaultUnitOfWork.startAndGet(null).executeWithResult(
                () -> axon.repository(Parcel.class).load(parcelId).version()).getPayload();
    }

    private String register() throws Exception {
        String parcelId = SampleParcels.nextParcelId();
        mvc.perform(post(REGISTER).with(httpBasic("desk", "desk")).contentType(MediaType.APPLICATION_JSON)
                                           .content(SampleParcels.registrationJson(parcelId)))
           .andExpect(status().isCreated());
        return parcelId;
    }

    private String columnType(String table, String column) {
        return jdbc.queryForObject("SELECT data_type FROM information_schema.columns"
                + " WHERE table_schema = 'public' AND table_name = ? AND column_name = ?", String.class, table, column);
    }

    private long globalIndexOf(String parcelId) {
        return jdbc.queryForObject("SELECT global_index FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, parcelId);
    }

    private int eventCount(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, aggregateId);
    }
}
