package org.parcelwatch.monitoring.patrol;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * The parcel's land officer from {@code assignedOn}, replacing {@code previousOfficer} (null for the first). The
 * township is the parcel's: an officer's townships are those of their parcels, which is what a cross patrol avoids.
 */
public record LandOfficerAssigned(String parcelId, String officer, String previousOfficer, String township,
                                  LocalDate assignedOn) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
