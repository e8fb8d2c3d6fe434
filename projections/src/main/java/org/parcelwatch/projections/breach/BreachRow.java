package org.parcelwatch.projections.breach;

import java.time.LocalDate;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.Milestone;

/**
 * One case of the breach register (违约台账): a missed start or completion date with the cause found and how it
 * ended, and the parcel's township, project and land user from the ledger (null while not projected yet).
 */
public record BreachRow(String parcelId, String township, String projectName, String landUserName, Milestone milestone,
                        LocalDate agreedDate, LocalDate missedFrom, BreachCase.Status status, BreachCause cause,
                        GovernmentCause governmentCause, String findings, LocalDate foundOn, String performanceNoticeNo,
                        LocalDate reachedOn, LocalDate extendedTo) {
}
