package org.parcelwatch.projections.indicators;

import java.math.BigDecimal;

/**
 * The supervision indicators of seed 002 for a year and township (all townships when null). Each rate
 * comes with its numerator and denominator so a desk can check it; a rate is null when nothing was due.
 *
 * @param collectionRate     paid by the due date / due, for installments due in the year (出让金收缴率)
 * @param onTimeHandoverRate handed over by the agreed date / agreed handover dates in the year that have passed
 *                           (the bureau's own duty: a handover overdue counts against it)
 * @param onTimeStartRate    started by the agreed date / agreed start dates in the year that have passed,
 *                           terminated and recovered parcels included when the date fell due before the closure
 * @param onTimeCompletionRate completed by the agreed date / agreed completion dates in the year that have passed,
 *                           likewise
 * @param idleDisposalRate   idle cases disposed / idle cases determined in the year
 * @param patrolCoverage     patrol tasks done on time / tasks whose last day has passed, for tasks whose last day lies
 *                           in the year (DESIGN §6.6); a county or township with no patrol task in the year (no
 *                           officers assigned yet) counts, as before, projects patrolled in their start and completion
 *                           stage / stage visits due
 * @param overduePatrolTasks patrol tasks still open after their last day, of those whose last day lies in the year
 * @param complaints         the complaints (投诉举报, 三（四）) received in the year, about parcels and addresses alike
 */
public record Indicators(int year, String township,
                         Rate collectionRate, Rate onTimeHandoverRate, Rate onTimeStartRate, Rate onTimeCompletionRate,
                         Rate idleDisposalRate, Rate patrolCoverage, long overduePatrolTasks,
                         Complaints complaints) {

    /**
     * The complaints received in the year and how their investigation went, as of the day asked about.
     *
     * @param received           received in the year
     * @param investigatedOnTime investigated (the task done: by a patrol for a parcel, by the outcome for an address)
     *                           on or before the task's last day
     * @param overdue            investigated after the last day, or still not investigated the day after it
     * @param decided            with an outcome recorded
     * @param substantiated      found true (属实)
     */
    public record Complaints(long received, long investigatedOnTime, long overdue, long decided, long substantiated) {
    }

    public record Rate(BigDecimal numerator, BigDecimal denominator, BigDecimal rate) {

        public static Rate of(BigDecimal numerator, BigDecimal denominator) {
            BigDecimal rate = denominator.signum() == 0 ? null
                    : numerator.divide(denominator, 4, java.math.RoundingMode.HALF_UP);
            return new Rate(numerator, denominator, rate);
        }

        public static Rate of(long numerator, long denominator) {
            return of(BigDecimal.valueOf(numerator), BigDecimal.valueOf(denominator));
        }
    }
}
