package org.parcelwatch.monitoring.idle;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The brigade's disposal decision. Method-specific terms: {@code newStartDate} (and optionally
 * {@code newCompletionDate}) for EXTENSION, {@code temporaryUseUntil} for TEMPORARY_USE,
 * {@code newLandUse} for CHANGE_OF_USE, {@code compensation} for AGREED_RECOVERY.
 * {@code hearingOfferedOn}: the land user's right to a hearing (听证) before a fee or recovery.
 */
public record DisposeIdleLand(@TargetAggregateIdentifier String parcelId, IdleDisposalMethod method, String decisionNo,
                              LocalDate decidedOn, LocalDate newStartDate, LocalDate newCompletionDate,
                              LocalDate temporaryUseUntil, String newLandUse, BigDecimal compensation,
                              LocalDate hearingOfferedOn, String remarks) {
}
