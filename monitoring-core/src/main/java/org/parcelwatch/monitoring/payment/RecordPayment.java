package org.parcelwatch.monitoring.payment;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record a payment of the land price (出让金) as it arrived. */
public record RecordPayment(@TargetAggregateIdentifier String parcelId, BigDecimal amount, LocalDate paidOn, String receiptNo) {
}
