package org.parcelwatch.monitoring.milestone;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * Construction completed. {@code builtFloorAreaSqm} is the floor area the plot ratio was checked on (the
 * completion's own figure, else the last patrol's), {@code plotRatio} the ratio it gives on the parcel's area (two
 * decimals) and {@code plotRatioOutOfRange} whether it lies outside the contract's bounds (a flag for the bureau,
 * no damages). All three are null where nothing was checked: no floor area or no bounds on record, and every
 * completion stored before 2026-11-30 (they are left out of the JSON when null, so that stored payloads and their
 * hashes stay as they were). {@code photos}, the SHA-256 of stored photos showing the completion, is likewise left out
 * when empty.
 */
public record ConstructionCompleted(String parcelId, LocalDate completedOn, String acceptanceNo, LocalDate agreedDate,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal builtFloorAreaSqm,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal plotRatio,
                                    @JsonInclude(JsonInclude.Include.NON_NULL) Boolean plotRatioOutOfRange,
                                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> photos)
        implements ParcelEvent {

    @JsonCreator
    public ConstructionCompleted {
        // the canonical constructor reads stored events; the missing plot-ratio fields read as null
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A completion without stored photos. */
    public ConstructionCompleted(String parcelId, LocalDate completedOn, String acceptanceNo, LocalDate agreedDate,
                                 BigDecimal builtFloorAreaSqm, BigDecimal plotRatio, Boolean plotRatioOutOfRange) {
        this(parcelId, completedOn, acceptanceNo, agreedDate, builtFloorAreaSqm, plotRatio, plotRatioOutOfRange, List.of());
    }

    /** A completion on which no plot ratio was checked. */
    public ConstructionCompleted(String parcelId, LocalDate completedOn, String acceptanceNo, LocalDate agreedDate) {
        this(parcelId, completedOn, acceptanceNo, agreedDate, null, null, null, List.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
