package org.parcelwatch.projections.jdbc;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;

/**
 * Reads (or deletes) rows by many keys at once with {@code in (?, ?, ...)} lists of at most {@value #KEYS_PER_READ} keys: one
 * statement per chunk, whatever the number of keys a processor's batch brings, and below every driver's limit on
 * parameters per statement.
 */
public final class InListChunks {

    /** Keys per {@code in (...)} list. */
    public static final int KEYS_PER_READ = 500;

    private InListChunks() {
    }

    /**
     * Runs the query once per chunk of {@code keys}, in their iteration order, and hands every row to {@code rows}.
     *
     * @param sql the statement for a chunk, given that chunk's parameter marks ({@code "?, ?, ?"}) for its in-list
     */
    public static void query(JdbcTemplate jdbc, Function<String, String> sql, Collection<?> keys, RowCallbackHandler rows) {
        List<?> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_READ) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_READ));
            jdbc.query(sql.apply(marks(chunk.size())), rows, chunk.toArray());
        }
    }

    /** Runs the statement (a delete, an update) once per chunk of {@code keys}, as {@link #query} does. */
    public static void update(JdbcTemplate jdbc, Function<String, String> sql, Collection<?> keys) {
        List<?> all = List.copyOf(keys);
        for (int from = 0; from < all.size(); from += KEYS_PER_READ) {
            List<?> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_READ));
            jdbc.update(sql.apply(marks(chunk.size())), chunk.toArray());
        }
    }

    /** {@code count} JDBC parameter marks, comma-separated. */
    public static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
