package org.parcelwatch.monitoring.patrol;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

public record PatrolRecorded(String parcelId, LocalDate patrolledOn, String inspector, ConstructionStatus status,
                             LocalDate suspendedSince, BigDecimal builtFloorAreaSqm, BigDecimal investedAmount,
                             Boolean infoBoardPosted, Boolean useChanged, Boolean relocated, String trackingCardNo,
                             List<String> photoRefs, String remarks, PatrolStage patrolStage) implements ParcelEvent {

    public PatrolRecorded {
        photoRefs = photoRefs == null ? List.of() : List.copyOf(photoRefs);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
