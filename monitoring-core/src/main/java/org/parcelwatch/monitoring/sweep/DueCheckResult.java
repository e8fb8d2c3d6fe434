package org.parcelwatch.monitoring.sweep;

import java.time.LocalDate;
import java.util.Map;

/** What one check fired, counted per rule, and the next day a rule can fire (null: none pending). */
public record DueCheckResult(String parcelId, LocalDate asOf, Map<String, Integer> fired, LocalDate nextDueOn) {

    public DueCheckResult {
        fired = Map.copyOf(fired);
    }

    public int total() {
        return fired.values().stream().mapToInt(Integer::intValue).sum();
    }
}
