package org.parcelwatch.projections.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * The yearly statistics of the county's supplied land (issue 16): per group and in total, counted from the projection
 * tables as of {@code asOf} (the year's last day, or the asking day in the current year).
 */
public record Statistics(int year, String township, List<String> groupBy, LocalDate asOf, List<StatisticsGroup> groups,
                         StatisticsGroup total) {
}
