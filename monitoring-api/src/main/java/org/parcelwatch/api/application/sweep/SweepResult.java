package org.parcelwatch.api.application.sweep;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one sweep run did: the parcels it checked as of which day, how often each rule fired
 * ({@link org.parcelwatch.monitoring.sweep.DueRule} names, every rule listed), and the parcels whose check
 * failed (counted, logged, first few listed; the next sweep tries them again).
 *
 * @param scheduleCaughtUp whether the monitoring schedule had caught up with the event store before the
 *                         sweep read it (a sweep that had to read a stale schedule misses nothing that
 *                         the next one will not catch)
 */
public record SweepResult(String runId, LocalDate asOf, SweepTrigger trigger, String node, Outcome outcome,
                          Instant startedAt, long durationMs, boolean scheduleCaughtUp, int parcelsChecked,
                          int fired, Map<String, Integer> countsPerRule, int failures, List<String> failedParcels) {

    /**
     * RUNNING is only seen in the run log, for a run still going or one whose node died; INTERRUPTED: the
     * node shut down during the run; FAILED: the schedule could not be read. The next sweep does the rest.
     */
    public enum Outcome { RUNNING, COMPLETED, INTERRUPTED, FAILED }

    public SweepResult {
        countsPerRule = Collections.unmodifiableMap(new LinkedHashMap<>(countsPerRule));
        failedParcels = List.copyOf(failedParcels);
    }
}
