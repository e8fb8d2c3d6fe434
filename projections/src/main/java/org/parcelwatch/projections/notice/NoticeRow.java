package org.parcelwatch.projections.notice;

import java.time.LocalDate;
import org.parcelwatch.monitoring.notice.NoticeType;

/** A notice as the register exports it: the {@code notice} table's row, read without building an entity. */
public record NoticeRow(String noticeNo, String parcelId, NoticeType type, Integer installmentNo, LocalDate issuedOn,
                        LocalDate dueDate, String facts, String liability, LocalDate deliveredOn, String receivedBy) {
}
