package org.parcelwatch.projections.worklist;

import org.parcelwatch.projections.field.FieldWorkQueries;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.parcelwatch.monitoring.idle.DueProcessStep;
import org.parcelwatch.monitoring.idle.Hearing;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.projections.breach.BreachCase;
import org.parcelwatch.projections.breach.BreachCaseRepository;
import org.parcelwatch.projections.idle.IdleCaseEntry;
import org.parcelwatch.projections.idle.IdleCaseRepository;
import org.parcelwatch.projections.ledger.LedgerEntry;
import org.parcelwatch.projections.ledger.LedgerFilter;
import org.parcelwatch.projections.ledger.ParcelQueries;
import org.parcelwatch.projections.notice.NoticeEntry;
import org.parcelwatch.projections.notice.NoticeFilter;
import org.parcelwatch.projections.notice.NoticeQueries;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The desk's daily worklist, assembled from the projections. */
@Service
@Transactional(readOnly = true)
public class WorklistQueries {

    private static final EnumSet<NoticeType> REMINDERS =
            EnumSet.of(NoticeType.PAYMENT_REMINDER, NoticeType.START_REMINDER, NoticeType.COMPLETION_REMINDER);

    private final NoticeQueries notices;
    private final ParcelQueries parcels;
    private final BreachCaseRepository breaches;
    private final IdleCaseRepository idleCases;
    private final FieldWorkQueries fieldWork;

    public WorklistQueries(NoticeQueries notices, ParcelQueries parcels, BreachCaseRepository breaches,
                           IdleCaseRepository idleCases, FieldWorkQueries fieldWork) {
        this.fieldWork = fieldWork;
        this.notices = notices;
        this.parcels = parcels;
        this.breaches = breaches;
        this.idleCases = idleCases;
    }

    public Worklist on(LocalDate date) {
        List<Worklist.NoticeItem> reminders = notices.find(new NoticeFilter(null, null, date, date, null), Pageable.unpaged())
                .stream().filter(n -> REMINDERS.contains(n.getType())).map(WorklistQueries::item).toList();
        List<Worklist.OverduePayment> overdue = parcels.ledger(new LedgerFilter(null, null, Flag.PAYMENT_OVERDUE), Pageable.unpaged())
                .stream().map(WorklistQueries::overdue).toList();
        List<Worklist.OverdueHandover> handovers = parcels.ledger(new LedgerFilter(null, null, Flag.HANDOVER_OVERDUE),
                        Pageable.unpaged()).stream()
                .map(WorklistQueries::handover)
                .sorted(Comparator.comparing(Worklist.OverdueHandover::agreedDate).thenComparing(Worklist.OverdueHandover::parcelId))
                .toList();
        List<Worklist.MissedMilestone> missed = breaches.findByStatusOrderByMissedFrom(BreachCase.Status.AWAITING_FINDING).stream()
                .map(b -> new Worklist.MissedMilestone(b.getParcelId(), b.getMilestone().name(), b.getAgreedDate(), b.getMissedFrom()))
                .toList();
        List<Worklist.IdleItem> suspects = idleCases.findByStatusOrderBySuspectedOn(IdleCaseEntry.Status.SUSPECTED).stream()
                .map(c -> new Worklist.IdleItem(c.getParcelId(), c.getGround().name(), c.getIdleSince(), c.getSuspectedOn(),
                        null, false))
                .toList();
        List<Worklist.IdleItem> referrals = idleCases.findByStatusOrderBySuspectedOn(IdleCaseEntry.Status.REFERRED).stream()
                .map(c -> new Worklist.IdleItem(c.getParcelId(), c.getGround().name(), c.getIdleSince(), c.getReferredOn(),
                        c.getInvestigationDueBy(), c.getInvestigationDueBy() != null && date.isAfter(c.getInvestigationDueBy())))
                .toList();
        List<Worklist.NoticeItem> undelivered = notices.find(new NoticeFilter(null, null, null, date, false), Pageable.unpaged())
                .stream().map(WorklistQueries::item).toList();
        return new Worklist(date, reminders, overdue, handovers, missed, suspects, referrals, undelivered)
                .withDueProcess(dueProcess(date))
                .withParcelsWithoutOfficer(fieldWork.parcelsWithoutOfficer())
                .withComplaintsWithoutOfficer(fieldWork.complaintsWithoutOfficer());
    }

    /**
     * The determined cases on their way to a fee or recovery, each at the step of due process it waits for, read off
     * the parcel's file (the hearings live there): few cases, one small read each.
     */
    private List<Worklist.DueProcessItem> dueProcess(LocalDate date) {
        List<Worklist.DueProcessItem> items = new java.util.ArrayList<>();
        for (IdleCaseEntry.Status status : List.of(IdleCaseEntry.Status.DETERMINED, IdleCaseEntry.Status.FEE_IMPOSED)) {
            for (IdleCaseEntry c : idleCases.findByStatusOrderBySuspectedOn(status)) {
                if (c.getCause() != org.parcelwatch.monitoring.milestone.BreachCause.LAND_USER) {
                    continue;
                }
                parcels.file(c.getParcelId(), -1).map(ParcelQueries.VersionedState::state)
                        .flatMap(state -> DueProcessStep.of(state.idle(), date))
                        .ifPresent(step -> items.add(item(c, step)));
            }
        }
        return items;
    }

    private static Worklist.DueProcessItem item(IdleCaseEntry c, DueProcessStep step) {
        Hearing h = step.hearing();
        LocalDate since = switch (step.step()) {
            case NOTICE_TO_ISSUE -> c.getDeterminedOn();
            case DELIVERY_PENDING -> h.issuedOn();
            case REQUEST_PERIOD_RUNNING -> h.deliveredOn();
            case HEARING_TO_HOLD -> h.requestedOn();
            case APPROVAL_MISSING, DECISION_DUE -> h.clearedOn();
        };
        return new Worklist.DueProcessItem(c.getParcelId(), step.decision(), step.step(), h == null ? null : h.noticeNo(),
                since, step.step() == DueProcessStep.Step.REQUEST_PERIOD_RUNNING ? h.requestBy() : null);
    }

    private static Worklist.NoticeItem item(NoticeEntry n) {
        return new Worklist.NoticeItem(n.getNoticeNo(), n.getParcelId(), n.getType(), n.getIssuedOn(), n.getDueDate());
    }

    /** Overdue from the day after the agreed handover (the rule's day, DueRule.HANDOVER_OVERDUE). */
    private static Worklist.OverdueHandover handover(LedgerEntry l) {
        return new Worklist.OverdueHandover(l.getParcelId(), l.getProjectName(), l.getLandUserName(), l.getTownship(),
                l.getAgreedHandoverDate(), l.getAgreedHandoverDate().plusDays(1));
    }

    private static Worklist.OverduePayment overdue(LedgerEntry l) {
        return new Worklist.OverduePayment(l.getParcelId(), l.getProjectName(), l.getLandUserName(), l.getTownship(),
                l.getOutstanding(), l.getFlags().contains(Flag.TERMINATION_RIGHT));
    }
}
