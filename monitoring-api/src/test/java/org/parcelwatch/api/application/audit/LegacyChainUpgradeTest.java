package org.parcelwatch.api.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.parcelwatch.api.ParcelwatchApplication;
import org.parcelwatch.api.support.PostgresDatabase;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.EventHash;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database written before the audit chain was keyed, upgraded: the stored rows of 2026-11-30 (monitoring-core's
 * fixture, unkeyed SHA-256 chain, no seals) are in the event store when the application first starts with the keyed
 * chain. Flyway's V60.1 signs their heads once; they verify as before, counted as unkeyed; cutting or rewriting them
 * is reported through the signed head; the parcels' new events are sealed, and a seal stripped from one is missed.
 * The tests share the upgraded database, each tampering with a parcel of its own after the first has checked them all.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LegacyChainUpgradeTest {

    private static final Path FIXTURES = Path.of("..", "monitoring-core", "src", "test", "resources", "fixtures",
            "events-2026-11-30");
    private static final List<String> FILES = List.of("a-granted-extended-completed.json", "b-idle-fee-recovered.json",
            "c-allocation-partial-idle.json", "d-unpaid-terminated.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String A = "1305302024B00017";
    private static final String B = "1305302024B00018";
    private static final String C = "1305302024B00019";
    private static final String D = "1305302024B00020";

    private static PostgresDatabase database;
    private static ConfigurableApplicationContext node;
    private static JdbcTemplate jdbc;
    private static IntegrityCheck integrity;
    private static final Map<String, Integer> STORED = new LinkedHashMap<>();

    @BeforeAll
    static void aDatabaseOfTheUnkeyedChainIsUpgraded() throws IOException {
        database = PostgresDatabase.create();
        // the schema as it was before V60, and the rows as they were stored then
        var flyway = Flyway.configure().dataSource(database.jdbcUrl(), database.user(), database.password())
                           .locations("classpath:db/migration/common", "classpath:db/migration/postgresql");
        MigrationVersion keyed = MigrationVersion.fromVersion("60");
        MigrationVersion last = java.util.Arrays.stream(flyway.load().info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(keyed) < 0).max(java.util.Comparator.naturalOrder()).orElseThrow();
        flyway.target(last).load().migrate();
        org.springframework.jdbc.datasource.DriverManagerDataSource plain = new org.springframework.jdbc.datasource.DriverManagerDataSource(
                database.jdbcUrl(), database.user(), database.password());
        JdbcTemplate before = new JdbcTemplate(plain);
        assertThat(before.queryForObject("select count(*) from information_schema.tables where table_name = 'audit_checkpoint'",
                Long.class)).isZero();
        Instant stamped = Instant.parse("2025-11-01T02:00:00Z");
        for (String file : FILES) {
            JsonNode fixture = JSON.readTree(Files.readString(FIXTURES.resolve(file)));
            String parcelId = fixture.get("aggregateIdentifier").asText();
            for (JsonNode row : fixture.get("events")) {
                stamped = stamped.plusSeconds(60);
                before.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type,"
                                + " time_stamp, payload_type, payload_revision, payload, meta_data) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        UUID.randomUUID().toString(), parcelId, row.get("sequenceNumber").asLong(), row.get("type").asText(),
                        DateTimeUtils.formatInstant(stamped), row.get("payloadType").asText(),
                        row.get("payloadRevision").isNull() ? null : row.get("payloadRevision").asText(),
                        row.get("payload").asText().getBytes(StandardCharsets.UTF_8),
                        row.get("metaData").asText().getBytes(StandardCharsets.UTF_8));
            }
            STORED.put(parcelId, fixture.get("events").size());
        }

        Map<String, String> settings = new LinkedHashMap<>(database.springProperties());
        settings.put("parcelwatch.node-id", "legacy-upgrade");
        node = new SpringApplicationBuilder(ParcelwatchApplication.class).web(WebApplicationType.NONE).profiles("postgres")
                .run(settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        jdbc = node.getBean(JdbcTemplate.class);
        integrity = node.getBean(IntegrityCheck.class);
    }

    @AfterAll
    static void closed() {
        if (node != null) {
            node.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void theOldRowsStillVerifyCountedAsUnkeyedAndTheirHeadsAreSigned() throws Exception {
        IntegrityCheck.Report all = integrity.all();
        assertThat(all.brokenLinks()).isEmpty();
        assertThat(all.parcelsChecked()).isEqualTo(4);
        assertThat(all.unkeyedEvents()).isEqualTo(STORED.values().stream().mapToLong(Integer::longValue).sum());

        assertThat(integrity.parcel(D).intact()).isTrue();
        assertThat(integrity.parcel(D).unkeyedEvents()).isEqualTo((long) STORED.get(D));
        assertThat(jdbc.queryForList("select parcel_id, head_sequence, sealed_from from audit_checkpoint order by parcel_id"))
                .extracting(row -> row.get("parcel_id"), row -> row.get("head_sequence"), row -> row.get("sealed_from"))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(A, STORED.get(A) - 1L, (long) STORED.get(A)),
                        org.assertj.core.groups.Tuple.tuple(B, STORED.get(B) - 1L, (long) STORED.get(B)),
                        org.assertj.core.groups.Tuple.tuple(C, STORED.get(C) - 1L, (long) STORED.get(C)),
                        org.assertj.core.groups.Tuple.tuple(D, STORED.get(D) - 1L, (long) STORED.get(D)));
    }

    @Test
    @Order(2)
    void anOldParcelsNewEventsAreSealedAndAStrippedSealIsMissed() {
        long next = STORED.get(C);
        node.getBean(CommandGateway.class).sendAndWait(
                new RecordNoticeDelivery(C, C + "-XZDC-01", LocalDate.parse("2025-11-20"), "Clerk Li"));
        Map<String, Object> delivered = jdbc.queryForMap("select convert_from(meta_data, 'UTF8') as meta from domain_event_entry"
                + " where aggregate_identifier = ? and sequence_number = ?", C, next);
        assertThat((String) delivered.get("meta")).contains("\"" + AuditMetadata.SEAL + "\"");
        IntegrityCheck.Report sealed = integrity.parcel(C);
        assertThat(sealed.intact()).isTrue();
        assertThat(sealed.unkeyedEvents()).isEqualTo((long) STORED.get(C));

        // passed off as an old, unkeyed event: the checkpoint says seals are due from here
        jdbc.update("update domain_event_entry set meta_data = convert_to(regexp_replace(convert_from(meta_data, 'UTF8'),"
                + " '\"seal\":\"[0-9a-f]+\",?', ''), 'UTF8') where aggregate_identifier = ? and sequence_number = ?", C, next);
        assertThat(integrity.parcel(C).brokenLinks()).singleElement().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(next);
            assertThat(link.code()).isEqualTo(IntegrityCheck.Problem.SEAL_MISSING);
        });
    }

    @Test
    @Order(2)
    void anOldStreamCutShortIsReportedAtItsFirstMissingSequence() {
        long last = STORED.get(A) - 1;
        jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = ?", A, last);

        assertThat(integrity.parcel(A).brokenLinks()).singleElement().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(last);
            assertThat(link.code()).isEqualTo(IntegrityCheck.Problem.STREAM_TRUNCATED);
        });
    }

    /**
     * Unkeyed events can be rewritten and rehashed without a seal breaking; the signed head catches it, though it can
     * only point at the head.
     */
    @Test
    @Order(2)
    void anOldStreamRewrittenAndRehashedIsReportedAtItsSignedHead() throws Exception {
        assertThat(jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'Xinhe', 'Xinhe-forged'), 'UTF8') where aggregate_identifier = ? and sequence_number = 0", B)).isEqualTo(1);
        List<DomainEventMessage<?>> events = node.getBean(ParcelHistory.class).readAll(B);
        String previous = EventHash.GENESIS;
        for (DomainEventMessage<?> event : events) {
            String hash = EventHash.of(previous, B, event.getSequenceNumber(), event.getPayload());
            ObjectNode meta = (ObjectNode) JSON.readTree(jdbc.queryForObject("select meta_data from domain_event_entry"
                    + " where aggregate_identifier = ? and sequence_number = ?", byte[].class, B, event.getSequenceNumber()));
            meta.put(AuditMetadata.PREVIOUS_HASH, previous);
            meta.put(AuditMetadata.HASH, hash);
            jdbc.update("update domain_event_entry set meta_data = ? where aggregate_identifier = ? and sequence_number = ?",
                    JSON.writeValueAsBytes(meta), B, event.getSequenceNumber());
            previous = hash;
        }

        assertThat(integrity.parcel(B).brokenLinks()).singleElement().satisfies(link -> {
            assertThat(link.sequence()).isEqualTo(STORED.get(B) - 1L);
            assertThat(link.code()).isEqualTo(IntegrityCheck.Problem.HEAD_MISMATCH);
        });
    }
}
