package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

public record HandoverRecorded(String parcelId, LocalDate handedOverOn, String documentNo, LocalDate agreedDate)
        implements ParcelEvent {
}
