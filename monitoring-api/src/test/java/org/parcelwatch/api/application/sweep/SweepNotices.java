package org.parcelwatch.api.application.sweep;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parcelwatch.monitoring.ParcelwatchJson;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.springframework.jdbc.core.JdbcTemplate;

/** The notices as the event store has them: the ground truth for "issued once". */
final class SweepNotices {

    static final String NOTICE_ISSUED = NoticeIssued.class.getName();
    private static final ObjectMapper JSON = ParcelwatchJson.objectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    /** One stored NoticeIssued event, with the source of its command and the business day it was stamped. */
    record Stored(NoticeIssued notice, String source, LocalDate stampedOn) {

        String described() {
            return SweepParcels.notice(notice.type(), notice.installmentNo(), notice.dueDate(), notice.issuedOn());
        }

        /** What makes a notice the same notice: issuing it twice is the bug the sweep must never have. */
        String identity() {
            return notice.parcelId() + " " + notice.type() + " #" + notice.installmentNo() + " due " + notice.dueDate();
        }
    }

    private final JdbcTemplate jdbc;

    SweepNotices(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Stored> all() {
        return jdbc.query("select payload, meta_data, time_stamp from domain_event_entry where payload_type = ?"
                + " order by global_index", (rs, i) -> stored(rs.getBytes(1), rs.getBytes(2), rs.getString(3)), NOTICE_ISSUED);
    }

    List<Stored> of(Collection<String> parcelIds) {
        return all().stream().filter(s -> parcelIds.contains(s.notice().parcelId())).toList();
    }

    /** Per parcel, its notices described as {@link SweepParcels#notice} does. */
    Map<String, List<String>> describedByParcel(Collection<String> parcelIds) {
        Map<String, List<String>> byParcel = new TreeMap<>();
        parcelIds.forEach(id -> byParcel.put(id, new ArrayList<>()));
        of(parcelIds).forEach(s -> byParcel.get(s.notice().parcelId()).add(s.described()));
        return byParcel;
    }

    long count() {
        return jdbc.queryForObject("select count(*) from domain_event_entry where payload_type = ?", Long.class, NOTICE_ISSUED);
    }

    /** Identities (and notice numbers) that occur more than once: must always be empty. */
    List<String> duplicates() {
        List<Stored> all = all();
        List<String> twice = new ArrayList<>();
        all.stream().collect(Collectors.groupingBy(Stored::identity, Collectors.counting()))
           .forEach((identity, n) -> { if (n > 1) twice.add(identity + " x" + n); });
        all.stream().map(s -> s.notice().noticeNo()).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
           .forEach((number, n) -> { if (n > 1) twice.add("notice number " + number + " x" + n); });
        return twice;
    }

    private static Stored stored(byte[] payload, byte[] metaData, String timestamp) {
        try {
            NoticeIssued notice = JSON.readValue(new String(payload, StandardCharsets.UTF_8), NoticeIssued.class);
            JsonNode meta = JSON.readTree(new String(metaData, StandardCharsets.UTF_8));
            String source = meta.hasNonNull("source") ? meta.get("source").asText() : null;
            return new Stored(notice, source, LocalDate.ofInstant(Instant.parse(timestamp), SHANGHAI));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
