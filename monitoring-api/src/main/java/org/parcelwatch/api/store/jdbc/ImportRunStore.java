package org.parcelwatch.api.store.jdbc;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The run log of imports ({@code import_run}, {@code import_refusal}): for each import, keyed by its content hash,
 * the last business day it reached, whether it finished, and the steps it refused. What it applied is not here: the
 * events say that themselves. Each write is its own transaction, made right after what it records, so a kill can
 * lose at most the last of them, and that one is found again by doing its step again.
 */
@Component
public class ImportRunStore {

    /** One import as logged. */
    public record Run(String importId, LocalDate reachedDay, boolean finished, int starts) {
    }

    /** A step refused, as it was reported. */
    public record Refusal(String step, LocalDate on, String code, String reason) {
    }

    private final JdbcTemplate jdbc;

    public ImportRunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Run> find(String importId) {
        List<Run> runs = jdbc.query("select import_id, reached_day, finished_at, starts from import_run where import_id = ?",
                (rs, row) -> new Run(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getObject(3) != null, rs.getInt(4)),
                importId);
        return runs.stream().findFirst();
    }

    /** The import starts, for the first time or again: it is unfinished until {@link #finished}. */
    public void started(String importId, String files, String actor) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.update("update import_run set resumed_at = ?, starts = starts + 1, finished_at = null"
                + " where import_id = ?", now, importId);
        if (updated == 0) {
            jdbc.update("insert into import_run (import_id, files, actor, started_at, starts) values (?, ?, ?, ?, 1)",
                    importId, files.length() > 2000 ? files.substring(0, 2000) : files, actor, now);
        }
    }

    /** The import begins the business day {@code day} (never moves back). */
    public void reached(String importId, LocalDate day) {
        jdbc.update("update import_run set reached_day = ? where import_id = ? and (reached_day is null or reached_day < ?)",
                day, importId, day);
    }

    @Transactional
    public void refused(String importId, String step, LocalDate on, String code, String reason) {
        // a step refused again on a resume (its first refusal was not logged before a kill) keeps one row
        jdbc.update("delete from import_refusal where import_id = ? and step = ?", importId, step);
        jdbc.update("insert into import_refusal (import_id, step, on_day, code, reason) values (?, ?, ?, ?, ?)",
                importId, step, on, code, reason == null ? "" : reason);
    }

    /** The steps refused, by step. */
    public Map<String, Refusal> refusals(String importId) {
        Map<String, Refusal> refusals = new LinkedHashMap<>();
        jdbc.query("select step, on_day, code, reason from import_refusal where import_id = ?", rs -> {
            refusals.put(rs.getString(1), new Refusal(rs.getString(1), rs.getObject(2, LocalDate.class),
                    rs.getString(3), rs.getString(4)));
        }, importId);
        return refusals;
    }

    public void finished(String importId) {
        jdbc.update("update import_run set finished_at = ? where import_id = ?", OffsetDateTime.now(ZoneOffset.UTC), importId);
    }
}
