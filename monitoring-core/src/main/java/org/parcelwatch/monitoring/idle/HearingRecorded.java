package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A step of the hearing on notice {@code noticeNo}: the land user asked for it ({@code requestedOn}), waived it in
 * writing ({@code waivedOn}), or it was held ({@code heldOn}, {@code recordNo}, {@code outcome}). Fields of the steps
 * not taken are null.
 */
public record HearingRecorded(String parcelId, String noticeNo, IdleDisposalMethod intendedDecision,
                              LocalDate requestedOn, LocalDate waivedOn, LocalDate heldOn, String recordNo,
                              String outcome) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
