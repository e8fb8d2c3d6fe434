package org.parcelwatch.bench;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Diagnostic ({@code -Dbench.statements=true}): the statements PostgreSQL ran for the benchmark's database during a
 * phase, per operation of the phase, from {@code pg_stat_statements}: how many of each and the time the server spent
 * in them. Round trips and statements per command are what separate a command from one raw insert. It needs the
 * extension preloaded ({@code shared_preload_libraries = 'pg_stat_statements'}, a restart); where it is not, the
 * line says so and the bench runs as without it.
 */
final class Statements {

    private static final boolean WANTED = Boolean.getBoolean("bench.statements");
    /** The bench's own database: the extension's counts are the whole server's. */
    private static final String THIS_DATABASE = "(select oid from pg_database where datname = current_database())";

    private final JdbcTemplate jdbc;
    private final boolean available;

    private Statements(JdbcTemplate jdbc, boolean available) {
        this.jdbc = jdbc;
        this.available = available;
    }

    /** Null when not asked for; otherwise counting from now (the database's counts reset). */
    static Statements startIfWanted(JdbcTemplate jdbc) {
        if (!WANTED) {
            return null;
        }
        boolean preloaded = List.of(jdbc.queryForObject("show shared_preload_libraries", String.class).split(","))
                .stream().map(String::trim).anyMatch("pg_stat_statements"::equals);
        if (preloaded) {
            jdbc.execute("create extension if not exists pg_stat_statements");
            jdbc.queryForList("select pg_stat_statements_reset(0, " + THIS_DATABASE + ", 0)");
        }
        return new Statements(jdbc, preloaded);
    }

    /** The phase's statements, those with the most server time first, per operation. */
    String perOperation(long operations, String unit, int statements) {
        if (!available) {
            return "statements: pg_stat_statements is not preloaded on this server";
        }
        long ops = Math.max(1, operations);
        List<String> top = jdbc.query("select calls, total_exec_time, rows, regexp_replace(query, '\\s+', ' ', 'g')"
                        + " from pg_stat_statements where dbid = " + THIS_DATABASE
                        + " order by total_exec_time desc limit ?",
                (rs, n) -> "%.2f× %.0f µs, %.1f rows [%s]".formatted(rs.getLong(1) / (double) ops,
                        1000 * rs.getDouble(2) / ops, rs.getLong(3) / (double) ops, abbreviated(rs.getString(4))),
                statements);
        Long calls = jdbc.queryForObject("select coalesce(sum(calls), 0) from pg_stat_statements"
                + " where dbid = " + THIS_DATABASE, Long.class);
        return "statements per %s: %.1f in all; %s".formatted(unit, calls / (double) ops,
                top.stream().collect(Collectors.joining("; ")));
    }

    private static String abbreviated(String query) {
        return query.length() <= 90 ? query : query.substring(0, 90) + "…";
    }
}
