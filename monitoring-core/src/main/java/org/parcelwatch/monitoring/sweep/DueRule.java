package org.parcelwatch.monitoring.sweep;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parcelwatch.monitoring.idle.IdleLandCriteria;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.parcel.IdleCase;
import org.parcelwatch.monitoring.parcel.InstallmentLedger;
import org.parcelwatch.monitoring.parcel.MilestoneTrack;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.ParcelRegistered;

/**
 * A time-driven rule of DESIGN §2: given the parcel, the points in time at which it will act. The
 * sweep fires the points due on its day; the monitoring schedule shows the earliest one. One rule,
 * one place: the date a rule is scheduled for and what it does on that date cannot drift apart.
 */
public interface DueRule {

    String name();

    /**
     * The day the rule falls due for one of its dates (an installment's due date, an agreed milestone date, the
     * day idleness began), whether or not it has acted: the day its point for that date fires. The sweep and
     * the audit of the bureau's own duties (the API's compliance report) both ask here, so they cannot count
     * from different days.
     */
    LocalDate dueOn(LocalDate date, SupervisionSettings settings);

    /** The rule's pending points for this parcel; empty once it has acted or cannot act any more. */
    List<DuePoint> points(ParcelState parcel, SupervisionSettings settings);

    /** 30 days before an unpaid installment falls due: 出让金缴纳提醒通知单. */
    DueRule PAYMENT_REMINDER = rule("PAYMENT_REMINDER", DueRule::leadTimeBefore, (p, s, dueOn) -> {
        List<DuePoint> points = new ArrayList<>();
        for (InstallmentLedger i : p.installments()) {
            if (!i.isSettled() && !i.isReminded() && i.overdueFrom() == null) {
                points.add(new DuePoint("PAYMENT_REMINDER", "installment " + i.no(),
                        dueOn.apply(i.dueDate()), i.dueDate(),
                        asOf -> DuePoint.Outcome.of(NoticeWording.paymentReminder(
                                p.contract().projectName(), i.no(), i.dueDate(), i.outstanding(), asOf))));
            }
        }
        return points;
    });

    /** The day after the due date with money outstanding: overdue and an urge notice (出让金催缴通知单). */
    DueRule PAYMENT_OVERDUE = rule("PAYMENT_OVERDUE", DueRule::dayAfter, (p, s, dueOn) -> {
        List<DuePoint> points = new ArrayList<>();
        for (InstallmentLedger i : p.installments()) {
            if (!i.isSettled() && i.overdueFrom() == null) {
                LocalDate overdueFrom = dueOn.apply(i.dueDate());
                points.add(new DuePoint("PAYMENT_OVERDUE", "installment " + i.no(), overdueFrom, null,
                        asOf -> DuePoint.Outcome.of(
                                new InstallmentOverdue(p.parcelId(), i.no(), i.dueDate(), i.outstanding(), overdueFrom),
                                NoticeWording.paymentUrge(p.contract().projectName(), i.no(), i.dueDate(), i.outstanding(),
                                        p.contract().penaltyRates().latePaymentPerDay(), s.terminationAfterDays(), asOf))));
            }
        }
        return points;
    });

    /**
     * More than the allowed days overdue and still unpaid after an urge notice: the right to terminate
     * (GF-2008-2601 Art. 30, "经出让人催交后仍不能支付"). An urge sent late, after downtime, gives the
     * land user at least a day before the right arises: the point fires on the later of the day due and the
     * day after the urge.
     */
    DueRule TERMINATION_RIGHT = rule("TERMINATION_RIGHT",
            (due, s) -> due.plusDays(s.terminationAfterDays() + 1L), (p, s, dueOn) -> {
        List<DuePoint> points = new ArrayList<>();
        for (InstallmentLedger i : p.installments()) {
            if (!i.isSettled() && i.urgeNoticeNo() != null && i.terminationRightOn() == null) {
                LocalDate overdueLongEnough = dueOn.apply(i.dueDate());
                LocalDate dayAfterUrge = p.notice(i.urgeNoticeNo()).orElseThrow().issuedOn().plusDays(1);
                points.add(new DuePoint("TERMINATION_RIGHT", "installment " + i.no(),
                        overdueLongEnough.isAfter(dayAfterUrge) ? overdueLongEnough : dayAfterUrge, null,
                        asOf -> DuePoint.Outcome.of(new TerminationRightArisen(
                                p.parcelId(), i.no(), i.dueDate(), i.urgeNoticeNo(), asOf))));
            }
        }
        return points;
    });

    /**
     * The day after the agreed handover with the land not handed over: the bureau's own delay, shown as handover
     * overdue. No notice: the land user is owed the land, not a reminder.
     */
    DueRule HANDOVER_OVERDUE = rule("HANDOVER_OVERDUE", DueRule::dayAfter, (p, s, dueOn) -> missable(p, Milestone.HANDOVER)
            .map(track -> List.of(new DuePoint("HANDOVER_OVERDUE", "HANDOVER", dueOn.apply(track.agreedDate()), null,
                    asOf -> DuePoint.Outcome.of(new HandoverOverdue(p.parcelId(), track.agreedDate(),
                            dueOn.apply(track.agreedDate()))))))
            .orElse(List.of()));

    /** 30 days before the agreed start: 开工提醒; re-arms when the date moves. */
    DueRule START_REMINDER = rule("START_REMINDER", DueRule::leadTimeBefore, afterHandover((p, s, dueOn) -> reminder(p, Milestone.START)
            .map(track -> List.of(new DuePoint("START_REMINDER", "START",
                    dueOn.apply(track.agreedDate()), track.agreedDate(),
                    asOf -> DuePoint.Outcome.of(NoticeWording.startReminder(
                            p.contract().projectName(), track.agreedDate(), asOf)))))
            .orElse(List.of())));

    /** The day after the agreed start with no start: missed, 开工通知书, a re-check and a finding are due. */
    DueRule START_MISSED = rule("START_MISSED", DueRule::dayAfter, afterHandover((p, s, dueOn) -> missable(p, Milestone.START)
            .map(track -> List.of(new DuePoint("START_MISSED", "START", dueOn.apply(track.agreedDate()), null,
                    asOf -> DuePoint.Outcome.of(
                            new MilestoneMissed(p.parcelId(), Milestone.START, track.agreedDate(), dueOn.apply(track.agreedDate())),
                            NoticeWording.startOverdue(p.contract().projectName(), track.agreedDate(), asOf)))))
            .orElse(List.of())));

    /** 30 days before the agreed completion, if not completed: 竣工建设提醒. */
    DueRule COMPLETION_REMINDER = rule("COMPLETION_REMINDER", DueRule::leadTimeBefore, afterHandover((p, s, dueOn) -> reminder(p, Milestone.COMPLETION)
            .map(track -> List.of(new DuePoint("COMPLETION_REMINDER", "COMPLETION",
                    dueOn.apply(track.agreedDate()), track.agreedDate(),
                    asOf -> DuePoint.Outcome.of(NoticeWording.completionReminder(
                            p.contract().projectName(), track.agreedDate(), asOf)))))
            .orElse(List.of())));

    /** The day after the agreed completion with no completion: missed; a re-check and a finding are due. */
    DueRule COMPLETION_MISSED = rule("COMPLETION_MISSED", DueRule::dayAfter, afterHandover((p, s, dueOn) -> missable(p, Milestone.COMPLETION)
            .map(track -> List.of(new DuePoint("COMPLETION_MISSED", "COMPLETION", dueOn.apply(track.agreedDate()), null,
                    asOf -> DuePoint.Outcome.of(new MilestoneMissed(p.parcelId(), Milestone.COMPLETION,
                            track.agreedDate(), dueOn.apply(track.agreedDate()))))))
            .orElse(List.of())));

    /** Not started a full year after the agreed start: suspected idle (Art. 2, first ground). */
    DueRule IDLE_NOT_STARTED = rule("IDLE_NOT_STARTED", DueRule::dayAfterAFullYear, afterHandover((p, s, dueOn) -> {
        MilestoneTrack start = p.milestone(Milestone.START);
        IdleCase idle = p.idle();
        LocalDate firesOn = dueOn.apply(start.agreedDate());
        Optional<IdleLandCriteria.Suspicion> suspicion = IdleLandCriteria.notStarted(start.agreedDate(), start.actualDate(), firesOn);
        if (suspicion.isEmpty() || !idle.isOpenForSuspicion() || idle.isAnswered(suspicion.get().ground(), suspicion.get().idleSince())) {
            return List.of();
        }
        return List.of(new DuePoint("IDLE_NOT_STARTED", "START", firesOn, null, asOf -> DuePoint.Outcome.of(
                new IdleLandSuspected(p.parcelId(), suspicion.get().ground(), suspicion.get().idleSince(), asOf))));
    }));

    /** Started but under a third built or a quarter invested, suspended a full year: suspected idle (second ground). */
    DueRule IDLE_PARTIAL_DEVELOPMENT = rule("IDLE_PARTIAL_DEVELOPMENT", DueRule::dayAfterAFullYear, (p, s, dueOn) -> {
        PatrolRecorded patrol = p.lastPatrol();
        MilestoneTrack start = p.milestone(Milestone.START);
        if (patrol == null || patrol.status() != ConstructionStatus.SUSPENDED || patrol.suspendedSince() == null
                || !start.isReached() || p.milestone(Milestone.COMPLETION).isReached()) {
            return List.of();
        }
        ParcelRegistered contract = p.contract();
        LocalDate firesOn = dueOn.apply(patrol.suspendedSince());
        Optional<IdleLandCriteria.Suspicion> suspicion = IdleLandCriteria.partialDevelopment(contract.plannedFloorAreaSqm(),
                contract.totalInvestment(), patrol.builtFloorAreaSqm(), patrol.investedAmount(), patrol.suspendedSince(), firesOn);
        IdleCase idle = p.idle();
        if (suspicion.isEmpty() || !idle.isOpenForSuspicion() || idle.isAnswered(suspicion.get().ground(), suspicion.get().idleSince())) {
            return List.of();
        }
        return List.of(new DuePoint("IDLE_PARTIAL_DEVELOPMENT", "patrol " + patrol.patrolledOn(), firesOn, null,
                asOf -> DuePoint.Outcome.of(new IdleLandSuspected(p.parcelId(), suspicion.get().ground(),
                        suspicion.get().idleSince(), asOf))));
    });

    /** Idle two full years for the land user's cause: recovery without compensation becomes possible. */
    DueRule RECOVERY_ELIGIBLE = rule("RECOVERY_ELIGIBLE", (idleSince, s) -> IdleLandCriteria.recoveryAllowedFrom(idleSince),
            (p, s, dueOn) -> {
        IdleCase idle = p.idle();
        boolean determinedAgainstLandUser = (idle.status() == IdleStatus.DETERMINED || idle.status() == IdleStatus.FEE_IMPOSED)
                && idle.cause() == BreachCause.LAND_USER;
        boolean builtSince = idle.ground() == org.parcelwatch.monitoring.idle.IdleGround.NOT_STARTED
                && p.milestone(Milestone.START).isReached();
        if (!determinedAgainstLandUser || idle.recoveryEligibleFrom() != null || builtSince) {
            return List.of();
        }
        return List.of(new DuePoint("RECOVERY_ELIGIBLE", "idle since " + idle.idleSince(),
                dueOn.apply(idle.idleSince()), null,
                asOf -> DuePoint.Outcome.of(new IdleLandRecoveryEligible(p.parcelId(), idle.idleSince(), asOf))));
    });


    // ---- patrol tasks (DESIGN §6.6): one rule a kind, for parcels with a land officer --------------------------

    /** The information-board check (公示牌) the day after the handover, before the project is completed. */
    DueRule PATROL_BOARD_CHECK = rule("PATROL_BOARD_CHECK", DueRule::dayAfter, withOfficer((p, s, dueOn) -> {
        MilestoneTrack handover = p.milestone(Milestone.HANDOVER);
        if (!handover.isReached() || p.milestone(Milestone.COMPLETION).isReached()
                || !p.patrolTasks(PatrolTaskKind.BOARD_CHECK).isEmpty()) {
            return List.of();
        }
        return List.of(patrolPoint(p, s, PatrolTaskKind.BOARD_CHECK, "BOARD_CHECK", dueOn.apply(handover.actualDate())));
    }));

    /** The start-stage patrol (开工阶段巡查) on the day construction started, once per project. */
    DueRule PATROL_START_STAGE = rule("PATROL_START_STAGE", DueRule::sameDay, withOfficer((p, s, dueOn) -> {
        MilestoneTrack start = p.milestone(Milestone.START);
        if (!start.isReached() || p.milestone(Milestone.COMPLETION).isReached()
                || !p.patrolTasks(PatrolTaskKind.START_STAGE).isEmpty()) {
            return List.of();
        }
        return List.of(patrolPoint(p, s, PatrolTaskKind.START_STAGE, "START_STAGE", dueOn.apply(start.actualDate())));
    }));

    /** The completion-stage patrol (竣工阶段巡查) on the day construction was completed, once per project. */
    DueRule PATROL_COMPLETION_STAGE = rule("PATROL_COMPLETION_STAGE", DueRule::sameDay, withOfficer((p, s, dueOn) -> {
        MilestoneTrack completion = p.milestone(Milestone.COMPLETION);
        if (!completion.isReached() || !p.patrolTasks(PatrolTaskKind.COMPLETION_STAGE).isEmpty()) {
            return List.of();
        }
        return List.of(patrolPoint(p, s, PatrolTaskKind.COMPLETION_STAGE, "COMPLETION_STAGE",
                dueOn.apply(completion.actualDate())));
    }));

    /** 六（二）: the re-patrol the day after a missed start, once for each agreed date (an extension re-arms it). */
    DueRule PATROL_AFTER_MISSED_START = rule("PATROL_AFTER_MISSED_START", DueRule::dayAfter,
            afterHandover(withOfficer((p, s, dueOn) -> afterMissed(p, s, dueOn, Milestone.START, PatrolTaskKind.AFTER_MISSED_START))));

    /** 六（二）: the re-patrol the day after a missed completion, once for each agreed date. */
    DueRule PATROL_AFTER_MISSED_COMPLETION = rule("PATROL_AFTER_MISSED_COMPLETION", DueRule::dayAfter,
            afterHandover(withOfficer((p, s, dueOn) -> afterMissed(p, s, dueOn, Milestone.COMPLETION,
                    PatrolTaskKind.AFTER_MISSED_COMPLETION))));

    /**
     * 日常巡查: a started, uncompleted project every {@code periodicDays}, counted from the last periodic task's day (or
     * the start): a late sweep assigns one task, not one for every interval it missed.
     */
    DueRule PATROL_PERIODIC = rule("PATROL_PERIODIC", (last, s) -> last.plusDays(s.patrol().periodicDays()),
            withOfficer((p, s, dueOn) -> {
        MilestoneTrack start = p.milestone(Milestone.START);
        if (!start.isReached() || p.milestone(Milestone.COMPLETION).isReached()) {
            return List.of();
        }
        List<PatrolTask> periodic = p.patrolTasks(PatrolTaskKind.PERIODIC);
        LocalDate last = periodic.isEmpty() ? start.actualDate() : periodic.get(periodic.size() - 1).dueOn();
        LocalDate firesOn = dueOn.apply(last);
        return List.of(patrolPoint(p, s, PatrolTaskKind.PERIODIC, "PERIODIC-" + firesOn, firesOn));
    }));

    /** In the order they act on one day: a reminder before an overdue, an overdue before a termination right. */
    List<DueRule> ALL = List.of(PAYMENT_REMINDER, PAYMENT_OVERDUE, TERMINATION_RIGHT, HANDOVER_OVERDUE, START_REMINDER, START_MISSED,
            COMPLETION_REMINDER, COMPLETION_MISSED, IDLE_NOT_STARTED, IDLE_PARTIAL_DEVELOPMENT, RECOVERY_ELIGIBLE,
            PATROL_BOARD_CHECK, PATROL_START_STAGE, PATROL_COMPLETION_STAGE, PATROL_AFTER_MISSED_START,
            PATROL_AFTER_MISSED_COMPLETION, PATROL_PERIODIC);

    /** Every pending point of the parcel, earliest first: what the monitoring schedule shows. */
    static List<DuePoint> pendingPoints(ParcelState parcel, SupervisionSettings settings) {
        return ALL.stream()
                .flatMap(rule -> rule.points(parcel, settings).stream())
                .sorted(Comparator.comparing(DuePoint::firesOn))
                .toList();
    }

    /** The earliest day a rule can act, or null when none is pending. */
    static LocalDate nextDueOn(ParcelState parcel, SupervisionSettings settings) {
        return pendingPoints(parcel, settings).stream().map(DuePoint::firesOn).findFirst().orElse(null);
    }

    private static Optional<MilestoneTrack> reminder(ParcelState p, Milestone milestone) {
        MilestoneTrack track = p.milestone(milestone);
        boolean pending = !track.isReached() && !track.isRemindedFor(track.agreedDate()) && !track.isMissed();
        return pending ? Optional.of(track) : Optional.empty();
    }

    private static Optional<MilestoneTrack> missable(ParcelState p, Milestone milestone) {
        MilestoneTrack track = p.milestone(milestone);
        return !track.isReached() && !track.isMissed() ? Optional.of(track) : Optional.empty();
    }

    /** A re-patrol due the day after the milestone's agreed date while the milestone is not reached. */
    private static List<DuePoint> afterMissed(ParcelState p, SupervisionSettings s, UnaryOperator<LocalDate> dueOn,
                                              Milestone milestone, PatrolTaskKind kind) {
        MilestoneTrack track = p.milestone(milestone);
        String taskId = kind + "-" + track.agreedDate();
        if (track.isReached() || p.patrolTask(taskId).isPresent()) {
            return List.of();
        }
        return List.of(patrolPoint(p, s, kind, taskId, dueOn.apply(track.agreedDate())));
    }

    /**
     * The point that assigns a patrol task to the parcel's officer. The task is due the day the sweep assigns it (the
     * point's day, or later after downtime) and done on time within the configured days: a late sweep does not hand an
     * officer a task that is overdue before they see it.
     */
    private static DuePoint patrolPoint(ParcelState p, SupervisionSettings s, PatrolTaskKind kind, String taskId,
                                        LocalDate firesOn) {
        return new DuePoint("PATROL_" + kind, taskId, firesOn, null, asOf -> DuePoint.Outcome.of(new PatrolTaskAssigned(
                p.parcelId(), taskId, kind, p.officer(), asOf, asOf.plusDays(s.patrol().taskDays()), asOf, null)));
    }

    /** Patrol tasks go to the parcel's land officer: none is made before the desk has assigned one. */
    private static Points withOfficer(Points points) {
        return (parcel, settings, dueOn) -> parcel.officer() != null ? points.of(parcel, settings, dueOn) : List.of();
    }

    /** Due on the date itself. */
    private static LocalDate sameDay(LocalDate date, SupervisionSettings settings) {
        return date;
    }

    /** The reminder lead before a date (DESIGN §2: D−30). */
    private static LocalDate leadTimeBefore(LocalDate date, SupervisionSettings settings) {
        return date.minusDays(settings.reminderLeadDays());
    }

    /** Due on D, overdue or missed from D+1. */
    private static LocalDate dayAfter(LocalDate date, SupervisionSettings settings) {
        return date.plusDays(1);
    }

    /** "满一年": a full year after the date, so from the day after its anniversary. */
    private static LocalDate dayAfterAFullYear(LocalDate date, SupervisionSettings settings) {
        return date.plusYears(1).plusDays(1);
    }

    /** How a rule finds its pending points, given the day it falls due for each of its dates. */
    @FunctionalInterface
    interface Points {
        List<DuePoint> of(ParcelState parcel, SupervisionSettings settings, UnaryOperator<LocalDate> dueOn);
    }

    /**
     * Issue 13, rule 1: a rule that acts against the land user on the start, completion or idleness waits for the
     * land. While it is not handed over, the delay is the bureau's own (handover overdue), not the land user's.
     */
    private static Points afterHandover(Points points) {
        return (parcel, settings, dueOn) -> parcel.isHandedOver() ? points.of(parcel, settings, dueOn) : List.of();
    }

    /**
     * Names a rule, gives it its due day, and makes it act only on registered, open parcels, and for the start,
     * completion and idle rules only once a temporary use has ended ({@link TemporaryUseHold}).
     */
    private static DueRule rule(String name, BiFunction<LocalDate, SupervisionSettings, LocalDate> dueOn, Points points) {
        return new DueRule() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public LocalDate dueOn(LocalDate date, SupervisionSettings settings) {
                return dueOn.apply(date, settings);
            }

            @Override
            public List<DuePoint> points(ParcelState parcel, SupervisionSettings settings) {
                if (!parcel.isRegistered() || parcel.isClosed()) {
                    return List.of();
                }
                return TemporaryUseHold.hold(name, parcel, points.of(parcel, settings, date -> dueOn.apply(date, settings)));
            }

            @Override
            public String toString() {
                return name;
            }
        };
    }
}
