package org.parcelwatch.monitoring.patrol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A patrol recorded. {@code photos} are the SHA-256 of its stored photos (so the audit chain covers them), and
 * {@code photoFindings} what put it up for review ({@link PhotoPlausibilityPolicy}). Both are left out of the JSON
 * when empty, so that patrols stored before them (with free {@code photoRefs} only) keep their payloads and hashes.
 */
public record PatrolRecorded(String parcelId, LocalDate patrolledOn, String inspector, ConstructionStatus status,
                             LocalDate suspendedSince, BigDecimal builtFloorAreaSqm, BigDecimal investedAmount,
                             Boolean infoBoardPosted, Boolean useChanged, Boolean relocated, String trackingCardNo,
                             List<String> photoRefs, String remarks, PatrolStage patrolStage,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> photos,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<PhotoFinding> photoFindings)
        implements ParcelEvent {

    @JsonCreator
    public PatrolRecorded {
        photoRefs = photoRefs == null ? List.of() : List.copyOf(photoRefs);
        photos = photos == null ? List.of() : List.copyOf(photos);
        photoFindings = photoFindings == null ? List.of() : List.copyOf(photoFindings);
    }

    /** A patrol without stored photos. */
    public PatrolRecorded(String parcelId, LocalDate patrolledOn, String inspector, ConstructionStatus status,
                          LocalDate suspendedSince, BigDecimal builtFloorAreaSqm, BigDecimal investedAmount,
                          Boolean infoBoardPosted, Boolean useChanged, Boolean relocated, String trackingCardNo,
                          List<String> photoRefs, String remarks, PatrolStage patrolStage) {
        this(parcelId, patrolledOn, inspector, status, suspendedSince, builtFloorAreaSqm, investedAmount, infoBoardPosted,
                useChanged, relocated, trackingCardNo, photoRefs, remarks, patrolStage, List.of(), List.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
