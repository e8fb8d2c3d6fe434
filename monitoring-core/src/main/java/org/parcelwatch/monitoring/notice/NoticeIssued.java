package org.parcelwatch.monitoring.notice;

import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A notice went out. {@code dueDate} is the date it is about (the installment's due date, the agreed
 * milestone, the answer or payment deadline); {@code installmentNo} is set for payment notices;
 * {@code facts} and {@code liability} are the printed text.
 */
public record NoticeIssued(String parcelId, String noticeNo, NoticeType type, LocalDate issuedOn, LocalDate dueDate,
                           Integer installmentNo, String facts, String liability) implements ParcelEvent {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
