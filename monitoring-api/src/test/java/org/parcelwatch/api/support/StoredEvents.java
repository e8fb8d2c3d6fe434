package org.parcelwatch.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database's event store holds, parcel by parcel, in a form two databases can be compared in: each event as
 * its type, its payload as stored, who sent it through which channel, the import step it came from and, where asked
 * for, its business date. Event ids, correlation ids and the time of day differ between two runs of the same story;
 * these do not.
 */
public final class StoredEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Map<String, List<String>> byParcel;

    private StoredEvents(Map<String, List<String>> byParcel) {
        this.byParcel = byParcel;
    }

    /**
     * @param withDates whether each event's business date (its timestamp's day in Asia/Shanghai) is part of it: where
     *                  the clock is simulated, the day an event was stamped on is part of the story
     */
    public static StoredEvents of(JdbcTemplate jdbc, boolean withDates) {
        Map<String, List<String>> byParcel = new TreeMap<>();
        jdbc.query("select aggregate_identifier, sequence_number, payload_type, payload, meta_data, time_stamp"
                + " from domain_event_entry order by aggregate_identifier, sequence_number", rs -> {
            JsonNode meta = read(rs.getBytes("meta_data"));
            String event = rs.getLong("sequence_number") + " " + rs.getString("payload_type")
                    + " " + meta.path("source").asText() + " " + meta.path("actor").asText() + " " + meta.path("role").asText()
                    + " step=" + meta.path("importStep").asText("-")
                    + (withDates ? " on " + LocalDate.ofInstant(Instant.parse(rs.getString("time_stamp")), ZONE) : "")
                    + " " + new String(rs.getBytes("payload"), StandardCharsets.UTF_8);
            byParcel.computeIfAbsent(rs.getString("aggregate_identifier"), id -> new ArrayList<>()).add(event);
        });
        return new StoredEvents(byParcel);
    }

    public Map<String, List<String>> byParcel() {
        return byParcel;
    }

    public int parcels() {
        return byParcel.size();
    }

    public int events() {
        return byParcel.values().stream().mapToInt(List::size).sum();
    }

    /** What was paid on each parcel: the sum of its payments. */
    public Map<String, BigDecimal> paid() {
        Map<String, BigDecimal> paid = new TreeMap<>();
        byParcel.forEach((parcel, events) -> paid.put(parcel, events.stream()
                .filter(e -> e.contains(".PaymentReceived "))
                .map(e -> read(e.substring(e.indexOf('{')).getBytes(StandardCharsets.UTF_8)).path("amount").decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        return paid;
    }

    /**
     * Where this store and {@code expected} differ: for each parcel the first event that differs (or that one of
     * them lacks), empty when they hold the same events. Also a summary line of the parcels whose payments differ.
     */
    public List<String> differencesFrom(StoredEvents expected) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> parcels = new TreeSet<>(byParcel.keySet());
        parcels.addAll(expected.byParcel.keySet());
        for (String parcel : parcels) {
            List<String> mine = byParcel.getOrDefault(parcel, List.of());
            List<String> theirs = expected.byParcel.getOrDefault(parcel, List.of());
            for (int i = 0; i < Math.max(mine.size(), theirs.size()); i++) {
                String a = i < mine.size() ? mine.get(i) : "(none)";
                String b = i < theirs.size() ? theirs.get(i) : "(none)";
                if (!a.equals(b)) {
                    differences.add(parcel + " event " + i + ": expected " + abbreviate(b) + " but was " + abbreviate(a));
                    break;
                }
            }
        }
        Map<String, BigDecimal> paid = paid();
        Map<String, BigDecimal> expectedPaid = expected.paid();
        long paidDiffer = parcels.stream().filter(p -> !Objects.equals(
                stripped(paid.get(p)), stripped(expectedPaid.get(p)))).count();
        if (paidDiffer > 0) {
            differences.add(paidDiffer + " of " + parcels.size() + " parcels end with a different paid");
        }
        return differences;
    }

    private static BigDecimal stripped(BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros();
    }

    private static String abbreviate(String event) {
        return event.length() > 400 ? event.substring(0, 400) + "…" : event;
    }

    private static JsonNode read(byte[] json) {
        try {
            return json == null ? JSON.nullNode() : JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
