package org.parcelwatch.projections.jdbc;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Where a projection's new rows go. Live handling inserts them with one JDBC batch per table ({@link #batched}); a
 * rebuild into empty shadow tables may stream them instead (PostgreSQL's COPY, monitoring-api's store), with the
 * same rows and the fold unchanged.
 */
@FunctionalInterface
public interface RowInserts {

    /** Inserts {@code rows} into {@code table}, each row's values in the order of {@code columns}; nothing when empty. */
    void insert(String table, List<String> columns, List<Object[]> rows);

    /** One batched {@code insert} statement per call, each value bound as it is ({@link BatchUpdates#rows}). */
    static RowInserts batched(JdbcTemplate jdbc) {
        return (table, columns, rows) -> BatchUpdates.rows(jdbc, "insert into " + table + " (" + String.join(", ", columns)
                + ") values (" + InListChunks.marks(columns.size()) + ")", rows);
    }

    /** The value an enum's column stores, as JPA's {@code EnumType.STRING} writes it: its name; null stays null. */
    static String named(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
