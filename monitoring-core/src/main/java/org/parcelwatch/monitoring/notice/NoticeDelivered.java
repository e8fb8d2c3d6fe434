package org.parcelwatch.monitoring.notice;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

public record NoticeDelivered(String parcelId, String noticeNo, NoticeType type, LocalDate deliveredOn,
                              String receivedBy) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
