package org.parcelwatch.monitoring.patrol;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * A field patrol (巡查) and what it found. {@code investedAmount} excludes the land price and taxes;
 * {@code trackingCardNo} is the 跟踪管理卡 number. {@code photoRefs} are free references (file names) as patrols
 * carried them before the evidence store; {@code photos} the stored photos (by SHA-256, with their EXIF time and
 * position as the store read them), which the patrol's event records by hash.
 */
public record RecordPatrol(@TargetAggregateIdentifier String parcelId, LocalDate patrolledOn, String inspector,
                           ConstructionStatus status, LocalDate suspendedSince, BigDecimal builtFloorAreaSqm,
                           BigDecimal investedAmount, Boolean infoBoardPosted, Boolean useChanged, Boolean relocated,
                           String trackingCardNo, List<String> photoRefs, String remarks, List<PatrolPhoto> photos) {

    @JsonCreator
    public RecordPatrol {
        photoRefs = photoRefs == null ? List.of() : List.copyOf(photoRefs);
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A patrol without stored photos. */
    public RecordPatrol(String parcelId, LocalDate patrolledOn, String inspector, ConstructionStatus status,
                        LocalDate suspendedSince, BigDecimal builtFloorAreaSqm, BigDecimal investedAmount,
                        Boolean infoBoardPosted, Boolean useChanged, Boolean relocated, String trackingCardNo,
                        List<String> photoRefs, String remarks) {
        this(parcelId, patrolledOn, inspector, status, suspendedSince, builtFloorAreaSqm, investedAmount, infoBoardPosted,
                useChanged, relocated, trackingCardNo, photoRefs, remarks, List.of());
    }
}
