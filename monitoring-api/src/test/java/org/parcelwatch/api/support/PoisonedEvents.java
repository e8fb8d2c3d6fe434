package org.parcelwatch.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events written straight into the event store, past the aggregate and its checks, the way a NUL once got there: for
 * the tests of what the projections do with an event whose rows the database refuses. A parcel written to this way
 * must not be in the command side's cache afterwards (no command follows for it, or it was never loaded).
 */
public final class PoisonedEvents {

    private final JdbcTemplate jdbc;
    private final Serializer eventSerializer;

    public PoisonedEvents(JdbcTemplate jdbc, Serializer eventSerializer) {
        this.jdbc = jdbc;
        this.eventSerializer = eventSerializer;
    }

    /** Writes an event row as the JDBC storage engine does, with the next global index. */
    public void store(String parcelId, long sequence, String payloadType, String revision, byte[] payload, byte[] metaData) {
        jdbc.update("insert into domain_event_entry (event_identifier, aggregate_identifier, sequence_number, type, time_stamp,"
                        + " payload_type, payload_revision, payload, meta_data) values (?, ?, ?, 'Parcel', ?, ?, ?, ?, ?)",
                UUID.randomUUID().toString(), parcelId, sequence, Instant.now().toString(), payloadType, revision,
                payload, metaData);
    }

    /** {@code event} as the parcel's next one, with the metadata of its last. */
    public void append(String parcelId, Object event) {
        long next = jdbc.queryForObject("select max(sequence_number) + 1 from domain_event_entry where aggregate_identifier = ?",
                Long.class, parcelId);
        byte[] metaData = jdbc.queryForObject("select meta_data from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = ?", byte[].class, parcelId, next - 1);
        SerializedObject<byte[]> serialized = eventSerializer.serialize(event, byte[].class);
        store(parcelId, next, serialized.getType().getName(), serialized.getType().getRevision(), serialized.getData(), metaData);
    }

    /** The delivery on 2024-06-03 of {@code notice} (its {@code notice_no} and {@code type} as the notice table holds them). */
    public void deliver(String parcelId, Map<String, Object> notice, String receivedBy) {
        append(parcelId, new NoticeDelivered(parcelId, (String) notice.get("notice_no"),
                NoticeType.valueOf((String) notice.get("type")), LocalDate.parse("2024-06-03"), receivedBy));
    }

    /** The delivery of the parcel's {@code index}th notice in the notice table, by notice number. */
    public void deliverNotice(String parcelId, int index, String receivedBy) {
        deliver(parcelId, jdbc.queryForList("select notice_no, type from notice where parcel_id = ? order by notice_no",
                parcelId).get(index), receivedBy);
    }

    /**
     * The registration of {@code template} (as the store holds it) for another parcel, {@code parcelId}, with the
     * project name {@code projectName} (JSON-escaped: {@code "Poison\\u0000plant"} is a NUL) in place of
     * {@code templateProjectName}.
     */
    public void registrationLike(String template, String templateProjectName, String parcelId, String projectName) {
        Map<String, Object> stored = jdbc.queryForMap("select * from domain_event_entry where aggregate_identifier = ?"
                + " and sequence_number = 0", template);
        String payload = new String((byte[]) stored.get("payload"), StandardCharsets.UTF_8);
        String poisoned = payload.replace("\"" + template + "\"", "\"" + parcelId + "\"")
                                 .replace("\"" + templateProjectName + "\"", "\"" + projectName + "\"");
        assertThat(poisoned).contains(parcelId, projectName).doesNotContain(template);
        store(parcelId, 0, (String) stored.get("payload_type"), (String) stored.get("payload_revision"),
                poisoned.getBytes(StandardCharsets.UTF_8), (byte[]) stored.get("meta_data"));
    }
}
