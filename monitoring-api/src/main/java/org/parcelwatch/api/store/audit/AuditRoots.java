package org.parcelwatch.api.store.audit;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** The {@code audit_root} table (one sealed root a day) and the one pass over the event store a root is made of. */
@Component
public class AuditRoots {

    private static final String COLUMNS = "root_day, cut, parcels, events, previous_seal, key_id, seal";
    private static final RowMapper<Root> ROW = (rs, n) -> new Root(rs.getObject(1, LocalDate.class), rs.getString(2),
            rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getString(6), rs.getString(7));
    /** Rows per fetch of the heads: a county's million parcels are streamed, not held. */
    private static final int FETCH = 10_000;

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    public AuditRoots(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(jdbc.getDataSource());
        this.streaming.setFetchSize(FETCH);
    }

    /**
     * A day's root: before {@code cut} (the end of {@code day}, written as the event store writes timestamps) the
     * store held {@code events} events of {@code parcels} parcels; {@code seal} covers these, the sum of the
     * parcels' heads and {@code previousSeal}, the seal of the root before it.
     */
    public record Root(LocalDate day, String cut, long parcels, long events, String previousSeal, String keyId, String seal) {
    }

    /** One parcel's part of a root: its last sequence before the cut, and how many of its events came before it. */
    public interface HeadConsumer {
        void accept(String parcelId, long headSequence, long events);
    }

    /** Every root, oldest first. */
    public List<Root> all() {
        return jdbc.query("select " + COLUMNS + " from audit_root order by root_day", ROW);
    }

    public Optional<Root> find(LocalDate day) {
        return jdbc.query("select " + COLUMNS + " from audit_root where root_day = ?", ROW, day).stream().findFirst();
    }

    /** The latest root of a day before {@code day}. */
    public Optional<Root> latestBefore(LocalDate day) {
        return jdbc.query("select " + COLUMNS + " from audit_root where root_day < ? order by root_day desc fetch first 1 rows only",
                ROW, day).stream().findFirst();
    }

    /** Stores the root unless that day has one already (another node wrote it first); true if this one was stored. */
    public boolean insert(Root root) {
        return jdbc.update("insert into audit_root (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                root.day(), root.cut(), root.parcels(), root.events(), root.previousSeal(), root.keyId(), root.seal()) == 1;
    }

    /**
     * Each parcel's head and event count before {@code cut}. The timestamps are compared as the stored text: the
     * event store writes every one in the same fixed UTC form (milliseconds, {@code Z}), so text order is time
     * order. Call it inside a transaction, where PostgreSQL streams the rows.
     */
    public void headsBefore(String cut, HeadConsumer heads) {
        streaming.query("select aggregate_identifier, max(sequence_number), count(*) from domain_event_entry"
                        + " where time_stamp < ? group by aggregate_identifier",
                rs -> {
                    heads.accept(rs.getString(1), rs.getLong(2), rs.getLong(3));
                }, cut);
    }
}
