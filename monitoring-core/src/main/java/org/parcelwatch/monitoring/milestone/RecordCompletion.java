package org.parcelwatch.monitoring.milestone;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * 竣工: the actual completion date, or the planning acceptance (规划验收) date and number; {@code builtFloorAreaSqm},
 * optional, the floor area the acceptance records (else the last patrol's counts for the plot-ratio check).
 */
public record RecordCompletion(@TargetAggregateIdentifier String parcelId, LocalDate completedOn, String acceptanceNo,
                               BigDecimal builtFloorAreaSqm) {

    @JsonCreator
    public RecordCompletion {
        // the canonical constructor, should a command ever be read from JSON
    }

    /** A completion that records no floor area. */
    public RecordCompletion(String parcelId, LocalDate completedOn, String acceptanceNo) {
        this(parcelId, completedOn, acceptanceNo, null);
    }
}
