package org.parcelwatch.monitoring.notice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * 送达回执: the notice reached the land user. {@code dueDate} is the deadline the delivery sets for a notice whose
 * deadline runs from delivery ({@link DeliveryDeadline}); null for every other notice and for deliveries stored
 * before 2026-11-30 (left out of the JSON when null, so that stored payloads and their hashes stay as they were).
 */
public record NoticeDelivered(String parcelId, String noticeNo, NoticeType type, LocalDate deliveredOn,
                              String receivedBy, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate dueDate)
        implements ParcelEvent {

    @JsonCreator
    public NoticeDelivered {
        // the canonical constructor reads stored events; a missing dueDate reads as null
    }

    /** The delivery of a notice whose deadline does not run from it. */
    public NoticeDelivered(String parcelId, String noticeNo, NoticeType type, LocalDate deliveredOn, String receivedBy) {
        this(parcelId, noticeNo, type, deliveredOn, receivedBy, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
