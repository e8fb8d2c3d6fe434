package org.parcelwatch.monitoring.complaint;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A complaint from the public (投诉举报, seed 002 三（四）) about an address rather than a registered parcel: illegal
 * building on a plot nobody supplied, spoil dumped by a road. {@code complaintId} is given by the desk's application
 * ({@link ComplaintNumbers}); {@code officer} is the one {@link ComplaintOfficerPolicy} chose for the township (null:
 * nobody yet, the desk's worklist shows it).
 */
public record RecordAddressComplaint(@TargetAggregateIdentifier String complaintId, String source, String contact,
                                     String content, String address, String township, LocalDate receivedOn,
                                     String officer) {
}
