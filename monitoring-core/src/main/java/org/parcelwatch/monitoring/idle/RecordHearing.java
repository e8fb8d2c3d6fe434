package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * The land user's answer to the current hearing-rights notice, and the hearing: a request ({@code requestedOn}), a
 * written waiver ({@code waived}, dated by {@code requestedOn}, the day of the written statement, or today), or the
 * hearing held ({@code heldOn}, {@code recordNo} of the 听证笔录, {@code outcome}). A request and its hearing may be
 * recorded together or one after the other.
 */
public record RecordHearing(@TargetAggregateIdentifier String parcelId, LocalDate requestedOn, Boolean waived,
                            LocalDate heldOn, String recordNo, String outcome) {
}
