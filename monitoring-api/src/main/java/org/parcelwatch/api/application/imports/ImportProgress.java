package org.parcelwatch.api.application.imports;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parcelwatch.api.store.jdbc.ImportRunStore;

/**
 * What earlier runs of the same import did, where a run is resumed: the steps they applied (read from the events,
 * which carry their step), the steps they refused and the last day they reached (from the run log). An import takes
 * its steps and nights in one order, so everything before the last step taken was done, and done on the state it
 * found then:
 *
 * <ul>
 *   <li>a step applied is not sent again (it is reported as resumed);</li>
 *   <li>a step refused is reported with its refusal and not sent again: sent later, on a parcel that has moved on, it
 *       could be decided otherwise, and the parcel would then differ from one imported without interruption (a start
 *       refused before the handover is accepted after it). Only a refusal that may change on a retry (a concurrent
 *       change, a failure of the store) was not logged, and is sent again;</li>
 *   <li>a night (the sweep the import plays for its parcels) before the day the runs reached was played, and is not
 *       played again: played on a parcel that has moved on, a rule of that night could fire as of a day on which it
 *       did not. The night of the day reached is played again unless a step of that day was taken, which means its
 *       night was over; a night played again finds done what was done (the checks are idempotent).</li>
 * </ul>
 */
final class ImportProgress {

    private static final ImportProgress NONE = new ImportProgress(Set.of(), Map.of(), null, null);

    private final Set<String> applied;
    private final Map<String, ImportRefusal> refused;
    private final LocalDate resumeDay;
    private final LocalDate lastStepDay;

    private ImportProgress(Set<String> applied, Map<String, ImportRefusal> refused, LocalDate resumeDay,
                           LocalDate lastStepDay) {
        this.applied = applied;
        this.refused = refused;
        this.resumeDay = resumeDay;
        this.lastStepDay = lastStepDay;
    }

    /** A first run: nothing done before. */
    static ImportProgress none() {
        return NONE;
    }

    /**
     * @param applied    the ids of the steps whose events are stored
     * @param refusals   the steps refused, by id, from the run log
     * @param reachedDay the last day the runs reached, from the run log; null when unknown
     */
    static ImportProgress of(ImportPlan plan, Set<String> applied, Map<String, ImportRunStore.Refusal> refusals,
                             LocalDate reachedDay) {
        Map<String, ImportRefusal> refused = new HashMap<>();
        LocalDate lastStepDay = null;
        for (ImportPlan.Step step : plan.steps()) {
            ImportRunStore.Refusal refusal = refusals.get(step.id());
            if (refusal != null && !applied.contains(step.id())) {
                SeedRecord record = step.record();
                refused.put(step.id(), new ImportRefusal(record.file(), record.parcelId(), record.index(),
                        step.actionIndex(), step.name(), refusal.on(), refusal.code(), refusal.reason()));
            }
            if (refusal != null || applied.contains(step.id())) {
                lastStepDay = step.day();
            }
        }
        LocalDate resumeDay = ImportClock.max(reachedDay, lastStepDay);
        return resumeDay == null ? NONE : new ImportProgress(Set.copyOf(applied), refused, resumeDay, lastStepDay);
    }

    /** Whether an earlier run got anywhere. */
    boolean resumes() {
        return resumeDay != null;
    }

    /** The last day an earlier run reached: its nights up to there were played. Null on a first run. */
    LocalDate resumeDay() {
        return resumeDay;
    }

    boolean applied(ImportPlan.Step step) {
        return applied.contains(step.id());
    }

    /** The refusal an earlier run met at {@code step}; null when it met none there. */
    ImportRefusal refusal(ImportPlan.Step step) {
        return refused.get(step.id());
    }

    /** Whether an earlier run played the night of {@code day} to its end. */
    boolean nightPlayed(LocalDate day) {
        return resumeDay != null && (day.isBefore(resumeDay) || (day.equals(resumeDay) && resumeDay.equals(lastStepDay)));
    }

    /** What identifies an import: its file's SHA-256, or for several files the SHA-256 of their hashes in order. */
    static String importId(List<SeedFile> files) {
        return files.size() == 1 ? files.get(0).contentHash()
                : SeedFile.sha256(files.stream().map(SeedFile::contentHash).collect(Collectors.joining("\n"))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
