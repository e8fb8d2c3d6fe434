package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parcelwatch.monitoring.idle.HearingRecorded;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.HandoverOverdue;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.MilestoneMissed;
import org.parcelwatch.monitoring.milestone.LateMilestoneDamages;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskDone;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.payment.TerminationRightArisen;
import org.parcelwatch.monitoring.registration.Installment;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.monitoring.registration.ParcelRegistered;

/**
 * A parcel as its events made it: the one fold of the history. The aggregate keeps one to decide
 * commands; audit replay and the parcel detail fold the same events through it, so all three agree
 * by construction. Pure: no clock, no I/O; anything that depends on "today" takes it as an argument.
 *
 * <p>Longer than the house's ~350 lines on purpose: one fold method per event type (the compiler asks for each,
 * through {@link ParcelEvent.Visitor}) and the read-outs the aggregate, the sweep and the detail share. The parts
 * with logic of their own are classes of their own ({@link InstallmentLedger}, {@link MilestoneTrack},
 * {@link IdleCase}).
 */
public class ParcelState {

    private String parcelId;
    private ParcelRegistered contract;
    private Stage stage;
    private List<InstallmentLedger> installments = new ArrayList<>();
    private List<String> receipts = new ArrayList<>();
    private Map<Milestone, MilestoneTrack> milestones = new LinkedHashMap<>();
    private PatrolRecorded lastPatrol;
    // A list kept in enum order, not a Set: Jackson would read a Set back as a HashSet, whose order (and so
    // the stored JSON) would differ between a live run and a replay.
    private List<PatrolStage> patrolledStages = new ArrayList<>();
    private int patrolCount;
    private IdleCase idle = new IdleCase();
    private Map<String, NoticeRecord> notices = new LinkedHashMap<>();
    private ContractTerminated termination;
    /** The completion's floor area gave a plot ratio outside the contract's bounds (a flag, no damages). */
    private boolean plotRatioOutOfRange;
    /** The end of a temporary use (临时使用, Art. 12 (3)); the start, completion and idle rules wait for it. */
    private LocalDate temporaryUseUntil;
    /** The land use a change of use (Art. 12 (2)) set; null while the contract's stands. */
    private String changedLandUse;
    /** The day the parcel was closed (terminated, recovered, exchanged); null while it is open. */
    private LocalDate closedOn;
    private long eventCount;
    /** The land officer (国土员) the desk assigned; null until then (a worklist item). */
    private String officer;
    /** Every patrol task, open and done, in the order assigned (DESIGN §6.6). */
    private List<PatrolTask> patrolTasks = new ArrayList<>();
    /** The complaints on record, by id, with the day their outcome was decided (null while open). */
    private Map<String, LocalDate> complaints = new LinkedHashMap<>();

    /** Folds a whole history; used by audit replay ("as of") and tests. */
    public static ParcelState replay(Iterable<? extends ParcelEvent> events) {
        ParcelState state = new ParcelState();
        for (ParcelEvent event : events) {
            state.apply(event);
        }
        return state;
    }

    public void apply(ParcelEvent event) {
        eventCount++;
        event.accept(new Fold());
    }

    /**
     * The fold of each type of event. An inner class rather than ParcelState implementing the visitor, so that
     * its methods stay private to the state and every event goes through {@link #apply} and its count; made per
     * event rather than kept in a field, because the state is snapshotted field by field.
     */
    private final class Fold implements ParcelEvent.Visitor<Void> {

        @Override
        public Void on(ParcelRegistered e) {
            parcelId = e.parcelId();
            contract = e;
            stage = Stage.REGISTERED;
            for (Installment installment : e.installments()) {
                installments.add(new InstallmentLedger(installment.no(), installment.dueDate(), installment.amount()));
            }
            milestones.put(Milestone.HANDOVER, new MilestoneTrack(e.agreedHandoverDate()));
            milestones.put(Milestone.START, new MilestoneTrack(e.agreedStartDate()));
            milestones.put(Milestone.COMPLETION, new MilestoneTrack(e.agreedCompletionDate()));
            return null;
        }

        @Override
        public Void on(PaymentReceived e) {
            receipts.add(e.receiptNo());
            for (Settlement settlement : e.settlements()) {
                installment(settlement.installmentNo()).settle(e.paidOn(), settlement.amount());
            }
            return null;
        }

        @Override
        public Void on(InstallmentOverdue e) {
            installment(e.installmentNo()).markOverdue(e.overdueFrom());
            return null;
        }

        @Override
        public Void on(TerminationRightArisen e) {
            installment(e.installmentNo()).markTerminationRight(e.arisenOn());
            return null;
        }

        @Override
        public Void on(ContractTerminated e) {
            termination = e;
            close(Stage.TERMINATED, e.decidedOn());
            return null;
        }

        @Override
        public Void on(HandoverOverdue e) {
            milestone(Milestone.HANDOVER).miss(e.agreedDate());
            return null;
        }

        @Override
        public Void on(HandoverRecorded e) {
            milestone(Milestone.HANDOVER).reach(e.handedOverOn(), e.documentNo());
            stage = Stage.HANDED_OVER;
            return null;
        }

        @Override
        public Void on(ConstructionStarted e) {
            milestone(Milestone.START).reach(e.startedOn(), e.evidence());
            stage = Stage.STARTED;
            return null;
        }

        @Override
        public Void on(ConstructionCompleted e) {
            milestone(Milestone.COMPLETION).reach(e.completedOn(), e.acceptanceNo());
            stage = Stage.COMPLETED;
            // null on completions stored before the check (2026-11-30): nothing was checked, nothing is flagged
            plotRatioOutOfRange = Boolean.TRUE.equals(e.plotRatioOutOfRange());
            return null;
        }

        @Override
        public Void on(MilestoneMissed e) {
            milestone(e.milestone()).miss(e.agreedDate());
            return null;
        }

        @Override
        public Void on(BreachFindingRecorded e) {
            milestone(e.milestone()).find(e.cause(), e.governmentCause());
            return null;
        }

        @Override
        public Void on(ExtensionGranted e) {
            milestone(e.milestone()).extend(e.newDate());
            if (e.milestone() == Milestone.START && e.newCompletionDate() != null
                    && !e.newCompletionDate().equals(milestone(Milestone.COMPLETION).agreedDate())) {
                milestone(Milestone.COMPLETION).carry(e.newCompletionDate());
            }
            return null;
        }

        @Override
        public Void on(PatrolRecorded e) {
            lastPatrol = e;
            if (!patrolledStages.contains(e.patrolStage())) {
                patrolledStages.add(e.patrolStage());
                patrolledStages.sort(null);
            }
            patrolCount++;
            return null;
        }

        @Override
        public Void on(IdleLandSuspected e) {
            idle.suspect(e);
            return null;
        }

        @Override
        public Void on(IdleLandVerified e) {
            idle.verify(e);
            return null;
        }

        @Override
        public Void on(IdleLandReferred e) {
            idle.refer(e);
            return null;
        }

        @Override
        public Void on(IdleLandDetermined e) {
            idle.determine(e);
            return null;
        }

        @Override
        public Void on(IdleLandRecoveryEligible e) {
            idle.recoveryEligible(e);
            return null;
        }

        @Override
        public Void on(IdleLandDisposed e) {
            idle.dispose(e);
            if (e.method().setsNewDates()) {
                // events recorded before temporary use and change of use named their dates carry none: nothing moves
                if (e.newStartDate() != null) {
                    milestone(Milestone.START).carry(e.newStartDate());
                }
                if (e.newCompletionDate() != null) {
                    milestone(Milestone.COMPLETION).carry(e.newCompletionDate());
                }
            }
            if (e.method() == IdleDisposalMethod.TEMPORARY_USE) {
                temporaryUseUntil = e.temporaryUseUntil();
            }
            if (e.method() == IdleDisposalMethod.CHANGE_OF_USE && e.newLandUse() != null) {
                changedLandUse = e.newLandUse();
            }
            if (e.method().endsTenure()) {
                close(Stage.RECOVERED, e.decidedOn());
            }
            return null;
        }

        @Override
        public Void on(HearingRightsNotified e) {
            idle.hearingNotified(e);
            return null;
        }

        @Override
        public Void on(HearingRecorded e) {
            idle.hearingRecorded(e);
            return null;
        }

        @Override
        public Void on(NoticeIssued e) {
            notices.put(e.noticeNo(), NoticeRecord.issued(e));
            switch (e.type()) {
                case PAYMENT_REMINDER -> installment(e.installmentNo()).markReminded(e.noticeNo());
                case PAYMENT_URGE -> installment(e.installmentNo()).markUrged(e.noticeNo());
                case START_REMINDER -> milestone(Milestone.START).remindFor(e.dueDate());
                case COMPLETION_REMINDER -> milestone(Milestone.COMPLETION).remindFor(e.dueDate());
                default -> {
                    // the other notices change nothing beyond being on record
                }
            }
            return null;
        }

        @Override
        public Void on(NoticeDelivered e) {
            NoticeRecord delivered = notices.computeIfPresent(e.noticeNo(),
                    (no, notice) -> notice.delivered(e.deliveredOn(), e.receivedBy(), e.dueDate()));
            if (delivered != null && delivered.type() == NoticeType.IDLE_FEE_DECISION) {
                // the fee is payable within its days of the decision's delivery (rule 3 of issue 13)
                idle.feePayableBy(delivered.dueDate());
            }
            if (delivered != null && delivered.type() == NoticeType.HEARING_RIGHTS) {
                // the last working day to ask for a hearing, reckoned on the calendar when the delivery was recorded
                idle.hearingNoticeDelivered(e.noticeNo(), e.deliveredOn(), e.dueDate());
            }
            return null;
        }

        @Override
        public Void on(LandOfficerAssigned e) {
            officer = e.officer();
            return null;
        }

        @Override
        public Void on(PatrolTaskAssigned e) {
            // the same task again is a hand-over to another officer (a new land officer takes the open tasks)
            PatrolTask task = PatrolTask.assigned(e);
            if (patrolTasks.stream().anyMatch(t -> t.taskId().equals(e.taskId()))) {
                patrolTasks.replaceAll(t -> t.taskId().equals(e.taskId()) ? task : t);
            } else {
                patrolTasks.add(task);
            }
            return null;
        }

        @Override
        public Void on(PatrolTaskDone e) {
            patrolTasks.replaceAll(t -> t.taskId().equals(e.taskId()) ? t.done(e) : t);
            return null;
        }

        @Override
        public Void on(ComplaintRecorded e) {
            complaints.put(e.complaintId(), null);
            return null;
        }

        @Override
        public Void on(ComplaintOutcomeRecorded e) {
            complaints.put(e.complaintId(), e.decidedOn());
            return null;
        }
    }

    /**
     * Closes the parcel on a day: supervision ends, the clock stops (damages run to this day, no date rule acts
     * again). The one way a parcel is closed, whatever closed it.
     */
    private void close(Stage closedStage, LocalDate on) {
        stage = closedStage;
        closedOn = on;
    }

    // ---- reading the state -------------------------------------------------------------------

    public String parcelId() {
        return parcelId;
    }

    public ParcelRegistered contract() {
        return contract;
    }

    /**
     * The land use of GB/T 21010-2017 the contract names; a contract stored before the codes named it otherwise
     * (INDUSTRIAL…) and reads as its code. Null when it names none, or a use that is no code.
     */
    public LandUse landUse() {
        String named = landUseNamed();
        return named == null ? null : LandUse.of(named).orElse(null);
    }

    public boolean isRegistered() {
        return contract != null;
    }

    public Stage stage() {
        return stage;
    }

    public boolean isClosed() {
        return stage != null && stage.isClosed();
    }

    /**
     * The day the parcel was closed (the termination or recovery decision), null while open. A file folded and
     * stored before the day was kept reads it off the closing decision.
     */
    public LocalDate closedOn() {
        if (closedOn != null || !isClosed()) {
            return closedOn;
        }
        return termination != null ? termination.decidedOn() : idle.disposedOn();
    }

    /** The day the parcel's clock reads when asked on {@code asOf}: that day while open, at most the closing day. */
    public LocalDate clockDay(LocalDate asOf) {
        LocalDate closed = closedOn();
        return closed != null && closed.isBefore(asOf) ? closed : asOf;
    }

    /**
     * The milestone's status on {@code asOf} as the desk should read it: a start or completion past its date while the
     * land is not handed over waits for the land (the handover gate keeps its rules from acting, DESIGN §6.1 rule 1).
     */
    public MilestoneTrack.Status milestoneStatus(Milestone which, LocalDate asOf) {
        MilestoneTrack.Status status = milestone(which).status(asOf);
        return which != Milestone.HANDOVER && status == MilestoneTrack.Status.MISSED && !isHandedOver()
                ? MilestoneTrack.Status.AWAITING_HANDOVER : status;
    }

    /** The land is handed over (交地): the start, completion and idle rules may act. */
    public boolean isHandedOver() {
        return contract != null && milestone(Milestone.HANDOVER).isReached();
    }

    public List<InstallmentLedger> installments() {
        return List.copyOf(installments);
    }

    public InstallmentLedger installment(int no) {
        return installments.stream().filter(i -> i.no() == no).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no installment " + no + " on " + parcelId));
    }

    public boolean hasReceipt(String receiptNo) {
        return receipts.contains(receiptNo);
    }

    public BigDecimal totalPaid() {
        return Money.yuan(installments.stream().map(InstallmentLedger::paid).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public BigDecimal totalOutstanding() {
        return Money.yuan(installments.stream().map(InstallmentLedger::outstanding).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    public MilestoneTrack milestone(Milestone milestone) {
        return milestones.get(milestone);
    }

    public PatrolRecorded lastPatrol() {
        return lastPatrol;
    }

    public Set<PatrolStage> patrolledStages() {
        return patrolledStages.isEmpty() ? EnumSet.noneOf(PatrolStage.class) : EnumSet.copyOf(patrolledStages);
    }

    public int patrolCount() {
        return patrolCount;
    }

    public IdleCase idle() {
        return idle;
    }

    public List<NoticeRecord> notices() {
        return List.copyOf(notices.values());
    }

    public Optional<NoticeRecord> notice(String noticeNo) {
        return Optional.ofNullable(notices.get(noticeNo));
    }

    public int noticesOfType(NoticeType type) {
        return (int) notices.values().stream().filter(n -> n.type() == type).count();
    }

    /** The last day of a temporary use decided as a disposal, or null; it holds the start, completion and idle rules. */
    public LocalDate temporaryUseUntil() {
        return temporaryUseUntil;
    }

    /** The land use now as it was written: the contract's, or the one a change of use set. */
    public String landUseNamed() {
        return changedLandUse != null ? changedLandUse : contract == null ? null : contract.landUse();
    }

    public ContractTerminated termination() {
        return termination;
    }

    public String officer() {
        return officer;
    }

    public List<PatrolTask> patrolTasks() {
        return List.copyOf(patrolTasks);
    }

    public Optional<PatrolTask> patrolTask(String taskId) {
        return patrolTasks.stream().filter(t -> t.taskId().equals(taskId)).findFirst();
    }

    /** The tasks of a kind, in the order assigned. */
    public List<PatrolTask> patrolTasks(PatrolTaskKind kind) {
        return patrolTasks.stream().filter(t -> t.kind() == kind).toList();
    }

    /** The complaint ids on record, in the order received. */
    public List<String> complaintIds() {
        return List.copyOf(complaints.keySet());
    }

    public boolean hasComplaint(String complaintId) {
        return complaints.containsKey(complaintId);
    }

    /** The day the complaint's outcome was decided; null while it is open. */
    public LocalDate complaintDecidedOn(String complaintId) {
        return complaints.get(complaintId);
    }

    public long eventCount() {
        return eventCount;
    }

    /** The open flags, as the desk's worklist and ledger show them. */
    public Set<Flag> flags() {
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (contract == null || isClosed()) {
            return flags;
        }
        if (installments.stream().anyMatch(InstallmentLedger::isOpenOverdue)) {
            flags.add(Flag.PAYMENT_OVERDUE);
        }
        if (installments.stream().anyMatch(i -> i.terminationRightOn() != null && !i.isSettled())) {
            flags.add(Flag.TERMINATION_RIGHT);
        }
        MilestoneTrack handover = milestone(Milestone.HANDOVER);
        if (!handover.isReached() && handover.isMissed()) {
            flags.add(Flag.HANDOVER_OVERDUE);
        }
        addMilestoneFlags(flags, milestone(Milestone.START), Flag.START_MISSED, Flag.START_BREACH);
        addMilestoneFlags(flags, milestone(Milestone.COMPLETION), Flag.COMPLETION_MISSED, Flag.COMPLETION_BREACH);
        switch (idle.status()) {
            case SUSPECTED -> flags.add(Flag.IDLE_SUSPECTED);
            case REFERRED -> flags.add(Flag.IDLE_REFERRED);
            case DETERMINED, FEE_IMPOSED -> flags.add(Flag.IDLE_DETERMINED);
            default -> {
                // no open idle case
            }
        }
        if (idle.recoveryEligibleFrom() != null
                && (idle.status() == IdleStatus.DETERMINED || idle.status() == IdleStatus.FEE_IMPOSED)) {
            flags.add(Flag.RECOVERY_ELIGIBLE);
        }
        if (plotRatioOutOfRange) {
            flags.add(Flag.PLOT_RATIO_OUT_OF_RANGE);
        }
        if (lastPatrol != null && !lastPatrol.photoFindings().isEmpty()) {
            flags.add(Flag.PATROL_REVIEW);
        }
        return flags;
    }

    private static void addMilestoneFlags(Set<Flag> flags, MilestoneTrack track, Flag missed, Flag breach) {
        if (track.isReached()) {
            return;
        }
        if (track.breachFrom() != null) {
            flags.add(breach);
        } else if (track.isMissed()) {
            flags.add(missed);
        }
    }

    /** Damages accrued up to {@code asOf} at the contract's rates; a closed parcel's stop on its closing day. */
    public Damages damages(LocalDate asOf) {
        if (contract == null) {
            return Damages.of(Money.ZERO, Money.ZERO, Money.ZERO, asOf);
        }
        LocalDate until = clockDay(asOf);
        PenaltyRates rates = contract.penaltyRates();
        BigDecimal latePayment = installments.stream()
                .map(i -> i.damages(rates.latePaymentPerDay(), until))
                .reduce(Money.ZERO, BigDecimal::add);
        return Damages.of(latePayment,
                milestoneDamages(milestone(Milestone.START), rates.lateStartPerDay(), until),
                milestoneDamages(milestone(Milestone.COMPLETION), rates.lateCompletionPerDay(), until),
                asOf);
    }

    private BigDecimal milestoneDamages(MilestoneTrack track, BigDecimal rate, LocalDate asOf) {
        if (track.breachFrom() == null) {
            return Money.ZERO;
        }
        return LateMilestoneDamages.of(contract.totalPrice(), rate, track.breachFrom(), track.actualDate(), asOf);
    }
}
