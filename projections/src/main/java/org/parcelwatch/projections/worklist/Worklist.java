package org.parcelwatch.projections.worklist;

import org.parcelwatch.projections.field.FieldWorkQueries;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.parcelwatch.monitoring.idle.DueProcessStep;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.parcelwatch.monitoring.notice.NoticeType;

/**
 * What the desks must act on as of a day (DESIGN §4 GET /worklist). {@code deadLetters}, for the admin only and only
 * while there are any: events the projections could not handle, so the lists above may lack them.
 */
public record Worklist(LocalDate date,
                       List<NoticeItem> remindersIssued,
                       List<OverduePayment> overduePayments,
                       List<OverdueHandover> handoversOverdue,
                       List<MissedMilestone> missedAwaitingFinding,
                       List<IdleItem> idleSuspectsAwaitingVerification,
                       List<IdleItem> referralsAwaitingDetermination,
                       List<NoticeItem> undeliveredNotices,
                       List<DueProcessItem> dueProcess,
                       List<FieldWorkQueries.Unassigned> parcelsWithoutOfficer,
                       List<FieldWorkQueries.UnassignedComplaint> complaintsWithoutOfficer,
                       @JsonInclude(JsonInclude.Include.NON_NULL) DeadLetters deadLetters) {

    public Worklist(LocalDate date, List<NoticeItem> remindersIssued, List<OverduePayment> overduePayments,
                    List<OverdueHandover> handoversOverdue, List<MissedMilestone> missedAwaitingFinding,
                    List<IdleItem> idleSuspectsAwaitingVerification, List<IdleItem> referralsAwaitingDetermination,
                    List<NoticeItem> undeliveredNotices) {
        this(date, remindersIssued, overduePayments, handoversOverdue, missedAwaitingFinding,
                idleSuspectsAwaitingVerification, referralsAwaitingDetermination, undeliveredNotices, List.of(), List.of(), List.of(), null);
    }

    /** The same worklist with the warning of events waiting in the projections' dead-letter queues. */
    public Worklist withDeadLetters(DeadLetters warning) {
        return new Worklist(date, remindersIssued, overduePayments, handoversOverdue, missedAwaitingFinding,
                idleSuspectsAwaitingVerification, referralsAwaitingDetermination, undeliveredNotices, dueProcess, parcelsWithoutOfficer, complaintsWithoutOfficer, warning);
    }

    /** The same worklist with the idle-land cases waiting for a step of due process before their fee or recovery. */
    public Worklist withDueProcess(List<DueProcessItem> items) {
        return new Worklist(date, remindersIssued, overduePayments, handoversOverdue, missedAwaitingFinding,
                idleSuspectsAwaitingVerification, referralsAwaitingDetermination, undeliveredNotices, List.copyOf(items),
                parcelsWithoutOfficer, complaintsWithoutOfficer, deadLetters);
    }

    /** The same worklist with the open parcels no land officer is assigned to (DESIGN §6.6). */
    public Worklist withParcelsWithoutOfficer(List<FieldWorkQueries.Unassigned> parcels) {
        return new Worklist(date, remindersIssued, overduePayments, handoversOverdue, missedAwaitingFinding,
                idleSuspectsAwaitingVerification, referralsAwaitingDetermination, undeliveredNotices, dueProcess,
                List.copyOf(parcels), complaintsWithoutOfficer, deadLetters);
    }

    /** The same worklist with the open complaints about an address that no officer investigates (DESIGN §6.6). */
    public Worklist withComplaintsWithoutOfficer(List<FieldWorkQueries.UnassignedComplaint> complaints) {
        return new Worklist(date, remindersIssued, overduePayments, handoversOverdue, missedAwaitingFinding,
                idleSuspectsAwaitingVerification, referralsAwaitingDetermination, undeliveredNotices, dueProcess,
                parcelsWithoutOfficer, List.copyOf(complaints), deadLetters);
    }

    /**
     * A case determined for the land user's cause, waiting for {@code step} before its {@code decision} (DESIGN §6.2):
     * {@code noticeNo} the hearing-rights notice (null before it is issued), {@code since} the day the step began (the
     * determination, the notice, the delivery, the request, the end of the hearing step), {@code dueBy} the last day
     * to ask for a hearing while the period runs.
     */
    public record DueProcessItem(String parcelId, IdleDisposalMethod decision, DueProcessStep.Step step,
                                 String noticeNo, LocalDate since, LocalDate dueBy) {
    }

    /** Events waiting in dead-letter queues: in all, and per projection that has any. */
    public record DeadLetters(long letters, Map<String, Long> byProjection) {
    }

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
