package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A complaint from the public (投诉举报, seed 002 三（四）) about a parcel: where it came from ({@code source}: hotline,
 * letter, visit…), whom to answer ({@code contact}, may be empty: complaints may be anonymous), what it says, and the
 * address it names, if any.
 */
public record RecordComplaint(@TargetAggregateIdentifier String parcelId, String source, String contact, String content,
                              String address, LocalDate receivedOn) {
}
