package org.parcelwatch.monitoring.milestone;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 竣工: the actual completion date, or the planning acceptance (规划验收) date and number; {@code builtFloorAreaSqm},
 * optional, the floor area the acceptance records (else the last patrol's counts for the plot-ratio check);
 * {@code photos} the SHA-256 of stored photos showing it.
 */
public record RecordCompletion(@TargetAggregateIdentifier String parcelId, LocalDate completedOn, String acceptanceNo,
                               BigDecimal builtFloorAreaSqm, List<String> photos) {

    @JsonCreator
    public RecordCompletion {
        // the canonical constructor, should a command ever be read from JSON
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A completion without stored photos. */
    public RecordCompletion(String parcelId, LocalDate completedOn, String acceptanceNo, BigDecimal builtFloorAreaSqm) {
        this(parcelId, completedOn, acceptanceNo, builtFloorAreaSqm, List.of());
    }

    /** A completion that records no floor area. */
    public RecordCompletion(String parcelId, LocalDate completedOn, String acceptanceNo) {
        this(parcelId, completedOn, acceptanceNo, null);
    }
}
