package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

public record ConstructionStarted(String parcelId, LocalDate startedOn, String evidence, LocalDate agreedDate)
        implements ParcelEvent {
}
