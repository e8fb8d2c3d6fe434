package org.parcelwatch.monitoring.parcel;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.time.LocalDate;
import org.parcelwatch.monitoring.notice.DeliveryDeadline;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;

/**
 * A notice the parcel issued, with its delivery (送达) once recorded. {@code dueDate} is the date the notice is
 * about; for a notice whose deadline runs from its delivery ({@link DeliveryDeadline}) it is null until the delivery
 * and then the delivery plus {@code daysFromDelivery}.
 */
public record NoticeRecord(String noticeNo, NoticeType type, LocalDate issuedOn, LocalDate dueDate,
                           Integer installmentNo, LocalDate deliveredOn, String receivedBy, Integer daysFromDelivery) {

    @JsonCreator
    public NoticeRecord {
        // the canonical constructor reads snapshots and parcel files; one written before daysFromDelivery has none
    }

    /** A notice whose deadline does not wait for its delivery. */
    public NoticeRecord(String noticeNo, NoticeType type, LocalDate issuedOn, LocalDate dueDate, Integer installmentNo,
                        LocalDate deliveredOn, String receivedBy) {
        this(noticeNo, type, issuedOn, dueDate, installmentNo, deliveredOn, receivedBy, null);
    }

    /**
     * The record of an issued notice. A notice issued before deadlines ran from delivery stored the deadline counted
     * from its issue and no days: its days are read off that deadline, and the deadline waits for the delivery too.
     */
    static NoticeRecord issued(NoticeIssued e) {
        if (!DeliveryDeadline.runsFromDelivery(e.type())) {
            return new NoticeRecord(e.noticeNo(), e.type(), e.issuedOn(), e.dueDate(), e.installmentNo(), null, null);
        }
        Integer days = e.daysFromDelivery() != null ? e.daysFromDelivery()
                : DeliveryDeadline.daysOfLegacyNotice(e.issuedOn(), e.dueDate());
        return new NoticeRecord(e.noticeNo(), e.type(), e.issuedOn(), null, e.installmentNo(), null, null, days);
    }

    /** The deadline a delivery on {@code on} sets, or null for a notice whose deadline does not run from delivery. */
    public LocalDate deadlineOnDelivery(LocalDate on) {
        if (!DeliveryDeadline.runsFromDelivery(type)) {
            return null;
        }
        // a record read from a snapshot taken before the rule has no days, and its stored deadline counted from the issue
        Integer days = daysFromDelivery != null ? daysFromDelivery : DeliveryDeadline.daysOfLegacyNotice(issuedOn, dueDate);
        return days == null ? null : DeliveryDeadline.dueOn(on, days);
    }

    /** Delivered on {@code on}; {@code recordedDeadline} is the deadline the delivery event carries, if any. */
    NoticeRecord delivered(LocalDate on, String by, LocalDate recordedDeadline) {
        LocalDate due = !DeliveryDeadline.runsFromDelivery(type) ? dueDate
                : recordedDeadline != null ? recordedDeadline : deadlineOnDelivery(on);
        return new NoticeRecord(noticeNo, type, issuedOn, due, installmentNo, on, by, daysFromDelivery);
    }

    public boolean isDelivered() {
        return deliveredOn != null;
    }

    /** Whether a deadline that runs from delivery has passed on {@code asOf}; never before the delivery. */
    public boolean isPastDue(LocalDate asOf) {
        return DeliveryDeadline.runsFromDelivery(type) && DeliveryDeadline.isPast(dueDate, asOf);
    }
}
