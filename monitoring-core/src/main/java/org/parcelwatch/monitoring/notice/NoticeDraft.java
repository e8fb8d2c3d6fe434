package org.parcelwatch.monitoring.notice;

import java.time.LocalDate;

/** A notice a rule wants issued; the aggregate gives it its number when it issues it. */
public record NoticeDraft(NoticeType type, LocalDate issuedOn, LocalDate dueDate, Integer installmentNo, String facts,
                          String liability) {

    public NoticeIssued issue(String parcelId, int serial) {
        return new NoticeIssued(parcelId, NoticeNumbering.number(parcelId, type, serial), type, issuedOn, dueDate,
                installmentNo, facts, liability);
    }
}
