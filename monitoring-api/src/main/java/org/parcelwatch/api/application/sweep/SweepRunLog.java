package org.parcelwatch.api.application.sweep;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code sweep_run} table: a row per run, inserted when it starts and completed when it ends, shared
 * by every node. A node killed in the middle of a run leaves its row RUNNING.
 */
@Component
public class SweepRunLog {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcTemplate jdbc;

    public SweepRunLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A row of the log. */
    public record Run(String runId, LocalDate asOf, SweepTrigger trigger, String node, SweepResult.Outcome outcome,
                      Instant startedAt, Instant finishedAt, int parcelsChecked, int fired, int failures,
                      Map<String, Integer> countsPerRule) {
    }

    void started(String runId, LocalDate asOf, SweepTrigger trigger, String node, Instant startedAt) {
        jdbc.update("insert into sweep_run (run_id, as_of, trigger_source, node, outcome, started_at)"
                        + " values (?, ?, ?, ?, ?, ?)",
                runId, asOf, trigger.name(), node, SweepResult.Outcome.RUNNING.name(), utc(startedAt));
    }

    void finished(SweepResult result, Instant finishedAt) {
        jdbc.update("update sweep_run set outcome = ?, finished_at = ?, parcels_checked = ?, fired = ?, failures = ?,"
                        + " counts = ? where run_id = ?",
                result.outcome().name(), utc(finishedAt), result.parcelsChecked(), result.fired(), result.failures(),
                json(result.countsPerRule()), result.runId());
    }

    /** The business date of the latest run that completed, on any node. */
    public Optional<LocalDate> lastCompletedAsOf() {
        return Optional.ofNullable(jdbc.queryForObject("select max(as_of) from sweep_run where outcome = ?",
                LocalDate.class, SweepResult.Outcome.COMPLETED.name()));
    }

    /** The latest runs, newest first. */
    public List<Run> recent(int limit) {
        return jdbc.query("select * from sweep_run order by started_at desc, run_id limit ?", this::run, limit);
    }

    private Run run(ResultSet rs, int row) throws SQLException {
        OffsetDateTime finished = rs.getObject("finished_at", OffsetDateTime.class);
        return new Run(rs.getString("run_id"), rs.getObject("as_of", LocalDate.class),
                SweepTrigger.valueOf(rs.getString("trigger_source")), rs.getString("node"),
                SweepResult.Outcome.valueOf(rs.getString("outcome")),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(),
                finished == null ? null : finished.toInstant(),
                rs.getInt("parcels_checked"), rs.getInt("fired"), rs.getInt("failures"), counts(rs.getString("counts")));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String json(Map<String, Integer> counts) {
        try {
            return JSON.writeValueAsString(counts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> counts(String json) {
        if (json == null) {
            return Map.of();
        }
        try {
            return JSON.readValue(json, new TypeReference<LinkedHashMap<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }
}
