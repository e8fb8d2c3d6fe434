package org.parcelwatch.api.store.axon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.support.EmbeddedDefaultTest;
import org.parcelwatch.api.support.SampleParcels;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.parcel.Parcel;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A snapshot holds the parcel's state as the code of its day folded it. When the fold changes (issue 13 added the
 * closure date, the handover gate and the temporary-use hold), a snapshot taken before is wrong for the new code:
 * it must be passed over and the parcel rebuilt from its events, which always fold as the code now says.
 */
@EmbeddedDefaultTest(properties = {"parcelwatch.snapshot.threshold=2", "parcelwatch.snapshot.cached-parcels=0"})
class SnapshotRevisionTest {

    @Autowired
    CommandGateway commands;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void snapshotsAreStampedWithTheRevisionOfTheParcelsFold() {
        String parcel = snapshotted();

        assertThat(jdbc.queryForObject("SELECT payload_revision FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                String.class, parcel)).isEqualTo(Parcel.class.getAnnotation(Revision.class).value());
    }

    @Test
    void aSnapshotOfAnEarlierFoldIsPassedOverAndTheParcelRebuiltFromItsEvents() {
        String parcel = snapshotted();
        // as a snapshot written before the revision: no revision, and a state the current fold would not build
        jdbc.update("UPDATE snapshot_event_entry SET payload_revision = NULL, payload = ? WHERE aggregate_identifier = ?",
                "{}".getBytes(StandardCharsets.UTF_8), parcel);

        commands.sendAndWait(new RecordPayment(parcel, BigDecimal.ONE, LocalDate.parse("2024-03-02"), "JK-2"));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Integer.class, parcel)).isEqualTo(4);
    }

    /**
     * The parcel's hash chain survives its snapshot: the snapshot holds the hash of the event it was taken at (read
     * from that event's metadata only when written, {@code ChainHead}), and the next event, applied to the parcel
     * loaded from the snapshot, is chained to the hash of the event before it.
     */
    @Test
    void aSnapshotHoldsItsLastEventsHashAndTheNextEventIsChainedToIt() throws Exception {
        String parcel = snapshotted();
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> snapshot = jdbc.queryForMap(
                "SELECT sequence_number, payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", parcel);
        long at = ((Number) snapshot.get("sequence_number")).longValue();
        assertThat(json.readTree((byte[]) snapshot.get("payload")).get("lastHash").asText())
                .isEqualTo(metaData(parcel, at).get(AuditMetadata.HASH).asText());

        commands.sendAndWait(new RecordPayment(parcel, BigDecimal.ONE, LocalDate.parse("2024-03-02"), "JK-2"));

        long last = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry WHERE aggregate_identifier = ?",
                Long.class, parcel);
        assertThat(last).isGreaterThan(at);
        assertThat(metaData(parcel, last).get(AuditMetadata.PREVIOUS_HASH).asText())
                .isEqualTo(metaData(parcel, last - 1).get(AuditMetadata.HASH).asText());
    }

    private JsonNode metaData(String parcel, long sequence) throws Exception {
        return new ObjectMapper().readTree(jdbc.queryForObject(
                "SELECT meta_data FROM domain_event_entry WHERE aggregate_identifier = ? AND sequence_number = ?",
                byte[].class, parcel, sequence));
    }

    private String snapshotted() {
        String parcel = SampleParcels.nextParcelId();
        commands.sendAndWait(SampleParcels.registerInHistory(parcel));
        commands.sendAndWait(new RecordPayment(parcel, BigDecimal.ONE, LocalDate.parse("2024-03-01"), "JK-1"));
        commands.sendAndWait(new RecordHandover(parcel, LocalDate.parse("2024-04-01"), "JD-1"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM snapshot_event_entry WHERE aggregate_identifier = ?",
                Integer.class, parcel)).isEqualTo(1);
        return parcel;
    }
}
