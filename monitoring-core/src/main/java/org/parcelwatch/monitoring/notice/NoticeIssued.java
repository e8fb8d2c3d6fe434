package org.parcelwatch.monitoring.notice;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A notice went out. {@code dueDate} is the date it is about (the installment's due date, the agreed
 * milestone); {@code installmentNo} is set for payment notices; {@code facts} and {@code liability} are the
 * printed text. A notice whose deadline runs from its delivery ({@link DeliveryDeadline}) has no {@code dueDate}
 * but {@code daysFromDelivery}, the days to act once delivered. Notices stored before 2026-11-30 have no
 * {@code daysFromDelivery} (and it is left out of the JSON when null, so that their payloads and hashes stay as
 * stored); their {@code dueDate} was counted from the issue.
 */
public record NoticeIssued(String parcelId, String noticeNo, NoticeType type, LocalDate issuedOn, LocalDate dueDate,
                           Integer installmentNo, String facts, String liability,
                           @JsonInclude(JsonInclude.Include.NON_NULL) Integer daysFromDelivery) implements ParcelEvent {

    @JsonCreator
    public NoticeIssued {
        // the canonical constructor reads stored events; a missing daysFromDelivery reads as null
    }

    /** A notice about a date it names. */
    public NoticeIssued(String parcelId, String noticeNo, NoticeType type, LocalDate issuedOn, LocalDate dueDate,
                        Integer installmentNo, String facts, String liability) {
        this(parcelId, noticeNo, type, issuedOn, dueDate, installmentNo, facts, liability, null);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.on(this);
    }
}
