package org.parcelwatch.monitoring.notice;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 送达回执: the notice reached the land user. */
public record RecordNoticeDelivery(@TargetAggregateIdentifier String parcelId, String noticeNo, LocalDate deliveredOn,
                                   String receivedBy) {
}
