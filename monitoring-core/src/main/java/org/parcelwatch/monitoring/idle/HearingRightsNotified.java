package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/** A hearing-rights notice ({@code noticeNo}, 听证告知书) went out for the {@code intendedDecision}. */
public record HearingRightsNotified(String parcelId, String noticeNo, IdleDisposalMethod intendedDecision,
                                    LocalDate issuedOn) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
