package org.parcelwatch.monitoring.milestone;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * Construction started. {@code photos}, the SHA-256 of the stored photos showing it, is left out of the JSON when
 * empty, so that starts stored before the evidence store keep their payloads and hashes.
 */
public record ConstructionStarted(String parcelId, LocalDate startedOn, String evidence, LocalDate agreedDate,
                                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> photos)
        implements ParcelEvent {

    @JsonCreator
    public ConstructionStarted {
        photos = photos == null ? List.of() : List.copyOf(photos);
    }

    /** A start without stored photos. */
    public ConstructionStarted(String parcelId, LocalDate startedOn, String evidence, LocalDate agreedDate) {
        this(parcelId, startedOn, evidence, agreedDate, List.of());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
