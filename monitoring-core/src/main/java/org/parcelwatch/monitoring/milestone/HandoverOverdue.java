package org.parcelwatch.monitoring.milestone;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * The agreed handover date (交地) passed and the land is not handed over: the bureau's own delay, not the land
 * user's. It fires no notice and no finding; until the handover the start, completion and idle rules wait, and
 * the desk sees the parcel as handover overdue (flag, worklist, indicator).
 */
public record HandoverOverdue(String parcelId, LocalDate agreedDate, LocalDate overdueFrom) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
