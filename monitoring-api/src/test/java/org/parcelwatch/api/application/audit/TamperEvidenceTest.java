package org.parcelwatch.api.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.PostgresTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.EventHash;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The six ways the 2026 tamper run changed a parcel's stored history with nothing but write access to PostgreSQL,
 * each answered by the integrity check with the parcel and the first sequence that no longer holds.
 *
 * <p>A database of its own: the parcels tampered with here stay broken, and other classes' integrity checks of all
 * parcels must not see them.
 */
@PostgresTest
@DirtiesContext
@TestPropertySource(properties = "parcelwatch.test.database=tamper-evidence")
class TamperEvidenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    CommandGateway commands;
    @Autowired
    IntegrityCheck integrity;
    @Autowired
    ParcelHistory history;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditedPayload() {
        String id = paidAndSwept();
        assertThat(jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'R-ORIGINAL', 'R-FORGED'), 'UTF8') where aggregate_identifier = ? and sequence_number = 1", id)).isEqualTo(1);

        assertFirstBad(id, 1, IntegrityCheck.Problem.HASH_MISMATCH);
    }

    @Test
    void aDeletedMiddleEvent() {
        String id = paidAndSwept();
        assertThat(jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = 3", id))
                .isEqualTo(1);

        assertFirstBad(id, 3, IntegrityCheck.Problem.EVENT_MISSING);
    }

    @Test
    void aDeletedLastEvent() {
        String id = paidAndSwept();
        long last = lastSequence(id);
        assertThat(jdbc.update("delete from domain_event_entry where aggregate_identifier = ? and sequence_number = ?", id, last))
                .isEqualTo(1);

        assertFirstBad(id, last, IntegrityCheck.Problem.STREAM_TRUNCATED);
    }

    @Test
    void theActorRenamedInTheMetadata() {
        String id = paidAndSwept();
        assertThat(jdbc.update("update domain_event_entry set meta_data = convert_to(replace(convert_from(meta_data, 'UTF8'),"
                + " '\"actor\":\"admin\"', '\"actor\":\"mallory\"'), 'UTF8') where aggregate_identifier = ? and sequence_number = 1"
                + " and position('\"actor\":\"admin\"' in convert_from(meta_data, 'UTF8')) > 0", id)).isEqualTo(1);

        assertFirstBad(id, 1, IntegrityCheck.Problem.SEAL_MISMATCH);
    }

    @Test
    void theTimestampMovedBack() {
        String id = paidAndSwept();
        String stamped = jdbc.queryForObject("select time_stamp from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 2", String.class, id);
        String earlier = DateTimeUtils.formatInstant(DateTimeUtils.parseInstant(stamped).minusSeconds(86_400 * 40));
        assertThat(jdbc.update("update domain_event_entry set time_stamp = ? where aggregate_identifier = ? and sequence_number = 2",
                earlier, id)).isEqualTo(1);

        assertFirstBad(id, 2, IntegrityCheck.Problem.SEAL_MISMATCH);
    }

    @Test
    void aDeletedWholeStream() {
        String id = paidAndSwept();
        assertThat(jdbc.update("delete from domain_event_entry where aggregate_identifier = ?", id)).isGreaterThan(2);

        assertFirstBad(id, 0, IntegrityCheck.Problem.STREAM_MISSING);
    }

    /**
     * The payment's receipt number is changed and every later hash recomputed the way the chain computes it (the
     * attacker can: it is plain SHA-256 over what is stored), so each link again names its predecessor's hash.
     */
    @Test
    void aForgedEditWithTheLaterHashesRecomputed() throws Exception {
        String id = paidAndSwept();
        assertThat(jdbc.update("update domain_event_entry set payload = convert_to(replace(convert_from(payload, 'UTF8'),"
                + " 'R-ORIGINAL', 'R-FORGED'), 'UTF8') where aggregate_identifier = ? and sequence_number = 1", id)).isEqualTo(1);
        List<DomainEventMessage<?>> events = history.readAll(id);
        String previous = EventHash.GENESIS;
        for (DomainEventMessage<?> event : events) {
            String hash = EventHash.of(previous, id, event.getSequenceNumber(), event.getPayload());
            byte[] stored = jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ?"
                    + " and sequence_number = ?", byte[].class, id, event.getSequenceNumber());
            ObjectNode meta = (ObjectNode) JSON.readTree(stored);
            meta.put(AuditMetadata.PREVIOUS_HASH, previous);
            meta.put(AuditMetadata.HASH, hash);
            jdbc.update("update domain_event_entry set meta_data = ? where aggregate_identifier = ? and sequence_number = ?",
                    JSON.writeValueAsString(meta).getBytes(StandardCharsets.UTF_8), id, event.getSequenceNumber());
            previous = hash;
        }

        // the hashes hold again (no HASH_MISMATCH): what gives the forgery away is the seal the attacker cannot make
        assertFirstBad(id, 1, IntegrityCheck.Problem.SEAL_MISMATCH);
    }

    /**
     * The check reads a parcel's checkpoint and its events while commands append to it: read at different moments,
     * they would disagree (events past the checkpoint, or a checkpoint past the events) on a parcel nobody touched.
     */
    @Test
    void noFalseAlarmWhileTheParcelIsBeingWritten() throws Exception {
        String id = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(id));
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        java.util.concurrent.CompletableFuture<Void> payments = java.util.concurrent.CompletableFuture.runAsync(() -> {
            for (int i = 0; i < 150; i++) {
                commands.sendAndWait(new RecordPayment(id, new BigDecimal("1.00"), LocalDate.parse("2024-02-25"), "R-" + i));
            }
            writing.set(false);
        });
        int checks = 0;
        while (writing.get()) {
            IntegrityCheck.Report report = integrity.parcel(id);
            assertThat(report.brokenLinks()).as("check %d", checks).isEmpty();
            checks++;
        }
        payments.get();
        assertThat(checks).isGreaterThan(10);
        assertThat(lastSequence(id)).isEqualTo(150);
    }

    /** Registered and paid by the admin (receipt R-ORIGINAL), then swept (the second installment overdue, its urge notice, the handover overdue): five events, 0 to 4. */
    private String paidAndSwept() {
        String id = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(id)
                .andMetaData(AuditMetadata.of("admin", "ADMIN", AuditMetadata.Source.REST)));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new RecordPayment(id, new BigDecimal("6172839.00"), LocalDate.parse("2024-02-25"), "R-ORIGINAL"))
                .andMetaData(AuditMetadata.of("admin", "ADMIN", AuditMetadata.Source.REST)));
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(new CheckDuePoints(id, LocalDate.parse("2024-06-01")))
                .andMetaData(AuditMetadata.sweep()));
        assertThat(lastSequence(id)).isEqualTo(4);
        assertThat(integrity.parcel(id).intact()).isTrue();
        return id;
    }

    private long lastSequence(String id) {
        return jdbc.queryForObject("select max(sequence_number) from domain_event_entry where aggregate_identifier = ?",
                Long.class, id);
    }

    /** Both the check of the one parcel and the check of all parcels name it, at that sequence, for that reason. */
    private void assertFirstBad(String id, long sequence, IntegrityCheck.Problem code) {
        IntegrityCheck.Report one = integrity.parcel(id);
        assertThat(one.intact()).isFalse();
        assertThat(one.brokenLinks()).singleElement().satisfies(link -> {
            assertThat(link.parcelId()).isEqualTo(id);
            assertThat(link.sequence()).isEqualTo(sequence);
            assertThat(link.code()).isEqualTo(code);
            assertThat(link.reason()).isNotBlank();
        });
        IntegrityCheck.Report all = integrity.all();
        assertThat(all.intact()).isFalse();
        assertThat(all.brokenLinks()).filteredOn(link -> link.parcelId().equals(id)).singleElement()
                .satisfies(link -> assertThat(link).isEqualTo(one.brokenLinks().get(0)));
    }
}
