package org.parcelwatch.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The blocks PostgreSQL had to read into {@code shared_buffers} (from the page cache or the disk) per table, its
 * indexes and TOAST included, from {@code pg_statio_user_tables}: which tables a phase reads beyond the database's own
 * cache. A backend passes its counts to those views within 10 s of its last transaction when it goes idle (PostgreSQL
 * 15's {@code PGSTAT_IDLE_INTERVAL}), and other backends' pending counts cannot be flushed from here, so a reading
 * waits {@value #FLUSH_SECONDS} s, outside any measured window.
 */
final class TableReads {

    private static final int FLUSH_SECONDS = 11;
    private static final double PAGE_KB = 8.0;

    private final JdbcTemplate jdbc;
    private final Map<String, Long> start;

    private TableReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.start = blocks(jdbc);
    }

    /** Counts from now, after the counts of what ran before have reached the views. */
    static TableReads from(JdbcTemplate jdbc) throws InterruptedException {
        TimeUnit.SECONDS.sleep(FLUSH_SECONDS);
        return new TableReads(jdbc);
    }

    /** The tables that read most since {@link #from}, in MB, once the phase's counts have reached the views. */
    String since(int tables) throws InterruptedException {
        TimeUnit.SECONDS.sleep(FLUSH_SECONDS);
        Map<String, Long> now = blocks(jdbc);
        Map<String, Long> read = new HashMap<>();
        now.forEach((table, blocks) -> read.put(table, blocks - start.getOrDefault(table, 0L)));
        long total = read.values().stream().mapToLong(Long::longValue).sum();
        return "%.0f MB read into shared_buffers (%s)".formatted(total * PAGE_KB / 1024, read.entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(tables)
                .map(e -> "%s %.0f MB".formatted(e.getKey(), e.getValue() * PAGE_KB / 1024))
                .collect(Collectors.joining(", ")));
    }

    private static Map<String, Long> blocks(JdbcTemplate jdbc) {
        Map<String, Long> blocks = new HashMap<>();
        jdbc.query("select relname, coalesce(heap_blks_read, 0) + coalesce(idx_blks_read, 0) + coalesce(toast_blks_read, 0)"
                + " + coalesce(tidx_blks_read, 0) from pg_statio_user_tables", row -> {
                    blocks.merge(row.getString(1), row.getLong(2), Long::sum);
                });
        return blocks;
    }
}
