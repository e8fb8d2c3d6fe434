package org.parcelwatch.monitoring.milestone;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** 开工: construction started, as a field officer found it; {@code photos} the SHA-256 of stored photos showing it. */
public record RecordStart(@TargetAggregateIdentifier String parcelId, LocalDate startedOn, String evidence,
                          List<String> photos) {

    @JsonCreator
    public RecordStart {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A start recorded without stored photos. */
    public RecordStart(String parcelId, LocalDate startedOn, String evidence) {
        this(parcelId, startedOn, evidence, List.of());
    }
}
