package org.parcelwatch.monitoring.parcel;

import java.time.LocalDate;
import org.parcelwatch.monitoring.notice.NoticeType;

/** A notice the parcel issued, with its delivery (送达) once recorded. */
public record NoticeRecord(String noticeNo, NoticeType type, LocalDate issuedOn, LocalDate dueDate,
                           Integer installmentNo, LocalDate deliveredOn, String receivedBy) {

    NoticeRecord delivered(LocalDate on, String by) {
        return new NoticeRecord(noticeNo, type, issuedOn, dueDate, installmentNo, on, by);
    }

    public boolean isDelivered() {
        return deliveredOn != null;
    }
}
