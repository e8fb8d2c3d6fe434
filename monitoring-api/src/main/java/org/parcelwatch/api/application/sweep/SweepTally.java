package org.parcelwatch.api.application.sweep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcelwatch.monitoring.sweep.DueCheckResult;
import org.parcelwatch.monitoring.sweep.DueRule;

/**
 * The counts of one sweep, kept by its checking threads together: parcels checked, rules fired per rule (every rule
 * listed, fired or not, so the run log and the metrics always show the same columns), and the parcels whose check
 * failed, of which the first {@value #LISTED_FAILURES} are named.
 */
final class SweepTally {

    /** Enough names to start looking; a sweep that fails on thousands of parcels has one cause, not thousands. */
    static final int LISTED_FAILURES = 20;

    private final Map<String, Integer> fired = new LinkedHashMap<>();
    private final List<String> failed = new ArrayList<>();
    private int checked;
    private int failures;

    SweepTally() {
        DueRule.ALL.forEach(rule -> fired.put(rule.name(), 0));
    }

    /** A parcel was checked (its result may be null: nothing to say). */
    synchronized void checked(DueCheckResult result) {
        checked++;
        if (result != null) {
            result.fired().forEach((rule, count) -> fired.merge(rule, count, Integer::sum));
        }
    }

    /** A parcel's check failed: it counts as checked and as a failure. */
    synchronized void failed(String parcelId) {
        checked++;
        failures++;
        if (failed.size() < LISTED_FAILURES) {
            failed.add(parcelId);
        }
    }

    synchronized SweepResult result(String runId, LocalDate asOf, SweepTrigger trigger, String node,
                                    SweepResult.Outcome outcome, Instant startedAt, long durationMs, boolean caughtUp) {
        int total = fired.values().stream().mapToInt(Integer::intValue).sum();
        Collections.sort(failed);
        return new SweepResult(runId, asOf, trigger, node, outcome, startedAt, durationMs, caughtUp, checked, total,
                fired, failures, failed);
    }
}
