package org.parcelwatch.monitoring.patrol;

/**
 * The county's patrol figures ({@code parcelwatch.patrol.*}).
 *
 * @param taskDays       days after its due day within which a task is done on time (7); overdue the day after
 * @param periodicDays   days between periodic patrols of a started project (30)
 * @param crossShare     share of the parcels with an officer given a cross patrol each month (0.10)
 * @param spotCheckShare share given an unannounced spot check each month (0.05)
 * @param randomSeed     seed of the monthly draw: the same seed and month draw the same parcels and officers
 */
public record PatrolSettings(int taskDays, int periodicDays, double crossShare, double spotCheckShare, long randomSeed) {

    public PatrolSettings {
        if (taskDays < 0 || periodicDays < 1) {
            throw new IllegalArgumentException("patrol task days must not be negative, periodic days at least 1");
        }
        if (crossShare < 0 || crossShare > 1 || spotCheckShare < 0 || spotCheckShare > 1 || crossShare + spotCheckShare > 1) {
            throw new IllegalArgumentException("cross and spot-check shares lie within 0..1 and add up to at most 1");
        }
    }

    public static PatrolSettings defaults() {
        return new PatrolSettings(7, 30, 0.10, 0.05, 20261201L);
    }
}
