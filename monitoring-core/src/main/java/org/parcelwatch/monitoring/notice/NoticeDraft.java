package org.parcelwatch.monitoring.notice;

import java.time.LocalDate;

/**
 * A notice a rule wants issued; the aggregate gives it its number when it issues it. {@code daysFromDelivery} is
 * set (and {@code dueDate} null) for a notice whose deadline runs from its delivery ({@link DeliveryDeadline}).
 */
public record NoticeDraft(NoticeType type, LocalDate issuedOn, LocalDate dueDate, Integer installmentNo, String facts,
                          String liability, Integer daysFromDelivery) {

    /** A notice about a date it names. */
    public NoticeDraft(NoticeType type, LocalDate issuedOn, LocalDate dueDate, Integer installmentNo, String facts,
                       String liability) {
        this(type, issuedOn, dueDate, installmentNo, facts, liability, null);
    }

    public NoticeIssued issue(String parcelId, int serial) {
        return new NoticeIssued(parcelId, NoticeNumbering.number(parcelId, type, serial), type, issuedOn, dueDate,
                installmentNo, facts, liability, daysFromDelivery);
    }
}
