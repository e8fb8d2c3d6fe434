package org.parcelwatch.projections.idle;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.milestone.BreachCause;

/**
 * A case of the idle-land register as it is exported: the {@code idle_case} row with the parcel's township,
 * project, land user and area from the ledger (null while the ledger row is not projected yet).
 */
public record IdleCaseRow(String parcelId, String township, String projectName, String landUserName, BigDecimal areaSqm,
                          LocalDate suspectedOn, IdleGround ground, LocalDate idleSince, IdleCaseEntry.Status status,
                          LocalDate verifiedOn, Boolean stillIdle, LocalDate referredOn, LocalDate investigationDueBy,
                          String investigationNoticeNo, String determinationNo, LocalDate determinedOn, BreachCause cause,
                          LocalDate recoveryEligibleFrom, IdleDisposalMethod disposalMethod, String decisionNo,
                          LocalDate decidedOn, BigDecimal idleFee) {
}
