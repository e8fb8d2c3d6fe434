package org.parcelwatch.monitoring.patrol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A field patrol (巡查) and what it found. {@code investedAmount} excludes the land price and taxes;
 * {@code trackingCardNo} is the 跟踪管理卡 number.
 */
public record RecordPatrol(@TargetAggregateIdentifier String parcelId, LocalDate patrolledOn, String inspector,
                           ConstructionStatus status, LocalDate suspendedSince, BigDecimal builtFloorAreaSqm,
                           BigDecimal investedAmount, Boolean infoBoardPosted, Boolean useChanged, Boolean relocated,
                           String trackingCardNo, List<String> photoRefs, String remarks) {

    public RecordPatrol {
        photoRefs = photoRefs == null ? List.of() : List.copyOf(photoRefs);
    }
}
