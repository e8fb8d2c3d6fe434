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
 */
public record Indicators(int year, String township,
                         Rate collectionRate, Rate onTimeHandoverRate, Rate onTimeStartRate, Rate onTimeCompletionRate,
                         Rate idleDisposalRate, Rate patrolCoverage, long overduePatrolTasks) {

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
