package org.parcelwatch.api.web.query;

import java.time.LocalDate;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.projections.notice.NoticeEntry;

/** A notice as issued (DESIGN §4 names), with its printed title and its delivery once recorded. */
public record NoticeView(String noticeNo, NoticeType type, String title, String parcelId, Integer installmentNo,
                         LocalDate issuedOn, LocalDate dueDate, String facts, String liability, LocalDate deliveredOn,
                         String receivedBy) {

    static NoticeView of(NoticeEntry n) {
        return new NoticeView(n.getNoticeNo(), n.getType(), n.getType() == null ? null : n.getType().title(),
                n.getParcelId(), n.getInstallmentNo(), n.getIssuedOn(), n.getDueDate(), n.getFacts(), n.getLiability(),
                n.getDeliveredOn(), n.getReceivedBy());
    }
}
