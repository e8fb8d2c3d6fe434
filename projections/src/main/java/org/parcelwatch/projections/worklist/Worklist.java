package org.parcelwatch.projections.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.parcelwatch.monitoring.notice.NoticeType;

/** What the desks must act on as of a day (DESIGN §4 GET /worklist). */
public record Worklist(LocalDate date,
                       List<NoticeItem> remindersIssued,
                       List<OverduePayment> overduePayments,
                       List<OverdueHandover> handoversOverdue,
                       List<MissedMilestone> missedAwaitingFinding,
                       List<IdleItem> idleSuspectsAwaitingVerification,
                       List<IdleItem> referralsAwaitingDetermination,
                       List<NoticeItem> undeliveredNotices) {

    public record NoticeItem(String noticeNo, String parcelId, NoticeType type, LocalDate issuedOn, LocalDate dueDate) {
    }

    public record OverduePayment(String parcelId, String projectName, String landUserName, String township,
                                 BigDecimal outstanding, boolean terminationRight) {
    }

    /** The land not handed over since {@code overdueFrom}: the bureau's own delay (交地逾期), for the desk to answer. */
    public record OverdueHandover(String parcelId, String projectName, String landUserName, String township,
                                  LocalDate agreedDate, LocalDate overdueFrom) {
    }

    public record MissedMilestone(String parcelId, String milestone, LocalDate agreedDate, LocalDate missedFrom) {
    }

    /** {@code dueBy}: the investigation deadline for a referral; {@code late} once it has passed. */
    public record IdleItem(String parcelId, String ground, LocalDate idleSince, LocalDate since, LocalDate dueBy,
                           boolean late) {
    }
}
