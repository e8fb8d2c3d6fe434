package org.parcelwatch.monitoring.parcel;


import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.ApplyMore;
import org.axonframework.serialization.Revision;
import org.parcelwatch.monitoring.audit.ChainHead;
import org.parcelwatch.monitoring.audit.ChainedEvents;
import org.parcelwatch.monitoring.calendar.WorkingDays;
import org.parcelwatch.monitoring.idle.DetermineIdleLand;
import org.parcelwatch.monitoring.idle.DueProcessPolicy;
import org.parcelwatch.monitoring.idle.Hearing;
import org.parcelwatch.monitoring.idle.HearingPolicy;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IssueHearingNotice;
import org.parcelwatch.monitoring.idle.RecordHearing;
import org.parcelwatch.monitoring.idle.DisposalPolicy;
import org.parcelwatch.monitoring.idle.DisposeIdleLand;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleFee;
import org.parcelwatch.monitoring.idle.IdleLandCriteria;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.idle.VerifyIdleLand;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.BreachFindingRecorded;
import org.parcelwatch.monitoring.milestone.ConstructionCompleted;
import org.parcelwatch.monitoring.milestone.ConstructionStarted;
import org.parcelwatch.monitoring.milestone.ExtensionGranted;
import org.parcelwatch.monitoring.milestone.ExtensionPolicy;
import org.parcelwatch.monitoring.milestone.GrantExtension;
import org.parcelwatch.monitoring.milestone.HandoverRecorded;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.milestone.RecordBreachFinding;
import org.parcelwatch.monitoring.milestone.RecordCompletion;
import org.parcelwatch.monitoring.milestone.RecordHandover;
import org.parcelwatch.monitoring.milestone.RecordStart;
import org.parcelwatch.monitoring.notice.NoticeDelivered;
import org.parcelwatch.monitoring.notice.NoticeDraft;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.notice.RecordNoticeDelivery;
import org.parcelwatch.monitoring.patrol.ConstructionStatus;
import org.parcelwatch.monitoring.patrol.PatrolPhoto;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PhotoCheckSettings;
import org.parcelwatch.monitoring.patrol.PhotoFinding;
import org.parcelwatch.monitoring.patrol.PhotoPlausibilityPolicy;
import org.parcelwatch.monitoring.patrol.PatrolStage;
import org.parcelwatch.monitoring.patrol.RecordPatrol;
import org.parcelwatch.monitoring.patrol.AssignLandOfficer;
import org.parcelwatch.monitoring.patrol.AssignPatrolTask;
import org.parcelwatch.monitoring.patrol.LandOfficerAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskAssigned;
import org.parcelwatch.monitoring.patrol.PatrolTaskDone;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.monitoring.complaint.ComplaintOutcomeRecorded;
import org.parcelwatch.monitoring.complaint.ComplaintRecorded;
import org.parcelwatch.monitoring.complaint.RecordComplaint;
import org.parcelwatch.monitoring.complaint.RecordComplaintOutcome;
import org.parcelwatch.monitoring.payment.ContractTerminated;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.payment.RecordPayment;
import org.parcelwatch.monitoring.payment.Settlement;
import org.parcelwatch.monitoring.payment.TerminateContract;
import org.parcelwatch.monitoring.registration.LandUse;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.monitoring.registration.PaymentSchedulePolicy;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.RegisterParcel;
import org.parcelwatch.monitoring.registration.RegistrationPolicy;
import org.parcelwatch.monitoring.registration.RegistrationWarnings;
import org.parcelwatch.monitoring.sweep.CheckDuePoints;
import org.parcelwatch.monitoring.sweep.DueCheckResult;
import org.parcelwatch.monitoring.sweep.DuePoint;
import org.parcelwatch.monitoring.sweep.DueRule;
import org.parcelwatch.monitoring.sweep.EnteringHistory;

/**
 * A supplied parcel under post-supply supervision (供后监管), identified by its electronic supervision
 * number. The aggregate orchestrates: it checks each command against the named policies, then applies
 * the events; the state they build lives in {@link ParcelState}. Every refusal is thrown before the
 * first apply, so a refused command leaves no event behind.
 *
 * <p>"Today" comes from the injected business {@link Clock}, never from the system clock, so that
 * simulated time in demos and tests reaches every rule.
 *
 * <p>Longer than the house's ~350 lines on purpose: it is the one consistency boundary of a parcel, with one short
 * handler per command of DESIGN §4 that checks its named policies and applies its events; the rules themselves live
 * in the concept packages. Split over several classes, the handlers would lose the one place that shows what a
 * parcel accepts.
 *
 * <p>The revision names the fold a snapshot was taken with; a snapshot of another revision is passed over and the
 * parcel rebuilt from its events. Raise it whenever the state the events fold to changes (revision 2: issue 13's
 * closure date, handover gate and temporary-use hold; revision 3: issue 14's hearings and approval; revision 4: issue
 * 21's land officer, patrol tasks and complaints; snapshots before revision 2 carry no revision).
 */
@Revision("4")
public class Parcel {

    @AggregateIdentifier
    private String parcelId;
    private ParcelState state;
    /** The last event's hash, to which the next one is chained (read from that event only when needed). */
    private ChainHead lastHash;

    protected Parcel() {
        // for Axon's event sourcing
    }

    @CommandHandler
    public Parcel(RegisterParcel command, Clock clock, SupervisionSettings settings,
                  @MetaDataValue(EnteringHistory.KEY) Object enteringHistory) {
        LocalDate today = LocalDate.now(clock);
        RegistrationPolicy.enforce(command, today);
        ApplyMore registered = apply(new ParcelRegistered(command.parcelId(), command.contractNo(), command.parcelCode(), command.supplyMethod(),
                command.projectName(), command.landUser(), command.location(), command.township(), command.districtCode(),
                command.areaSqm(), LandUse.of(command.landUse()).map(LandUse::code).orElse(command.landUse()),
                command.termYears(), Money.yuan(command.totalPrice()), command.signedOn(),
                PaymentSchedulePolicy.number(command.installments()).stream()
                        .map(i -> new org.parcelwatch.monitoring.registration.Installment(i.no(), i.dueDate(), Money.yuan(i.amount())))
                        .toList(),
                command.agreedHandoverDate(), command.agreedStartDate(), command.agreedCompletionDate(), command.plotRatio(),
                command.plannedFloorAreaSqm(), command.totalInvestment(),
                command.penaltyRates() == null ? settings.defaultPenaltyRates()
                        : command.penaltyRates().orDefaults(settings.defaultPenaltyRates()),
                RegistrationWarnings.of(command), command.locationPoint(), command.landUserDefaults()));
        // issue 20: a parcel registered after some of its dates is checked at once, as the sweep would check it that
        // night, so the answer already shows its overdue installments, flags and notices. Axon applies the registration
        // after this constructor returns; andThen runs the check once it is applied.
        registered.andThen(() -> checkAtOnce(today, settings, enteringHistory));
    }

    // ---- payment ---------------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordPayment command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        if (state.installments().isEmpty()) {
            throw ParcelRuleException.illegalState("an allocation (划拨) has no installments to pay");
        }
        BigDecimal amount = Input.positiveYuan(command.amount(), "amount");
        LocalDate paidOn = Input.notBefore(Input.pastOrToday(command.paidOn(), "paidOn", today),
                "paidOn", state.contract().signedOn(), "the signing on");
        String receiptNo = Input.required(command.receiptNo(), "receiptNo");
        if (state.hasReceipt(receiptNo)) {
            throw ParcelRuleException.illegalState("receipt " + receiptNo + " is already recorded");
        }
        if (amount.compareTo(state.totalOutstanding()) > 0) {
            throw ParcelRuleException.ruleViolation("the payment of " + amount + " exceeds the outstanding "
                    + state.totalOutstanding() + "; overpayments are refunded, not recorded");
        }
        apply(new PaymentReceived(parcelId, receiptNo, amount, paidOn, settleOldestFirst(amount)));
    }

    private List<Settlement> settleOldestFirst(BigDecimal amount) {
        List<Settlement> settlements = new ArrayList<>();
        BigDecimal left = amount;
        for (InstallmentLedger installment : state.installments()) {
            if (left.signum() == 0) {
                break;
            }
            BigDecimal part = left.min(installment.outstanding());
            if (part.signum() > 0) {
                settlements.add(new Settlement(installment.no(), part));
                left = left.subtract(part);
            }
        }
        return settlements;
    }

    @CommandHandler
    public void handle(TerminateContract command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        Input.required(command.decisionNo(), "decisionNo");
        LocalDate decidedOn = Input.pastOrToday(command.decidedOn(), "decidedOn", today);
        if (!state.flags().contains(Flag.TERMINATION_RIGHT)) {
            throw ParcelRuleException.ruleViolation("the right to terminate has not arisen: no installment is more than "
                    + "the allowed days overdue after an urge notice");
        }
        apply(new ContractTerminated(parcelId, command.decisionNo(), decidedOn, command.reason()));
    }

    // ---- milestones ------------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordHandover command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        requireStage(Stage.REGISTERED, "the land was already handed over");
        LocalDate on = Input.notBefore(Input.pastOrToday(command.handedOverOn(), "handedOverOn", today),
                "handedOverOn", state.contract().signedOn(), "the signing on");
        apply(new HandoverRecorded(parcelId, on, command.documentNo(), state.milestone(Milestone.HANDOVER).agreedDate()));
    }

    @CommandHandler
    public void handle(RecordStart command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        if (state.stage() == Stage.REGISTERED) {
            throw ParcelRuleException.illegalState("construction cannot start before the land is handed over");
        }
        requireStage(Stage.HANDED_OVER, "construction was already recorded as started on "
                + state.milestone(Milestone.START).actualDate());
        LocalDate on = Input.notBefore(Input.pastOrToday(command.startedOn(), "startedOn", today),
                "startedOn", state.milestone(Milestone.HANDOVER).actualDate(), "the handover on");
        apply(new ConstructionStarted(parcelId, on, command.evidence(), state.milestone(Milestone.START).agreedDate(),
                command.photos()));
    }

    @CommandHandler
    public void handle(RecordCompletion command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        if (state.stage() == Stage.COMPLETED) {
            throw ParcelRuleException.illegalState("completion was already recorded on "
                    + state.milestone(Milestone.COMPLETION).actualDate());
        }
        requireStage(Stage.STARTED, "completion can be recorded only after the start");
        LocalDate on = Input.notBefore(Input.pastOrToday(command.completedOn(), "completedOn", today),
                "completedOn", state.milestone(Milestone.START).actualDate(), "the start on");
        if (command.builtFloorAreaSqm() != null && command.builtFloorAreaSqm().signum() < 0) {
            throw ParcelRuleException.invalidInput("builtFloorAreaSqm cannot be negative");
        }
        LocalDate agreed = state.milestone(Milestone.COMPLETION).agreedDate();
        // the floor area on record: the completion's own figure (the acceptance's), else that of a last patrol that
        // found the works completed; a patrol of works still under way measured a building half built, and its
        // figure would flag nearly every completion
        PatrolRecorded patrol = state.lastPatrol();
        BigDecimal floorArea = command.builtFloorAreaSqm() != null ? command.builtFloorAreaSqm()
                : patrol != null && patrol.status() == ConstructionStatus.COMPLETED ? patrol.builtFloorAreaSqm() : null;
        apply(PlotRatio.check(state.contract().plotRatio(), state.contract().areaSqm(), floorArea)
                .map(r -> new ConstructionCompleted(parcelId, on, command.acceptanceNo(), agreed, r.floorAreaSqm(),
                        r.plotRatio(), r.outOfRange(), command.photos()))
                .orElseGet(() -> new ConstructionCompleted(parcelId, on, command.acceptanceNo(), agreed, null, null, null,
                        command.photos())));
    }

    @CommandHandler
    public void handle(RecordBreachFinding command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        Milestone milestone = Input.required(command.milestone(), "milestone");
        BreachCause cause = Input.required(command.cause(), "cause");
        if (milestone == Milestone.HANDOVER) {
            throw ParcelRuleException.invalidInput("findings are made on a missed START or COMPLETION");
        }
        if (cause == BreachCause.GOVERNMENT && command.governmentCause() == null) {
            throw ParcelRuleException.invalidInput("a government cause must name its Art. 8 ground (governmentCause)");
        }
        if (cause != BreachCause.GOVERNMENT && command.governmentCause() != null) {
            throw ParcelRuleException.invalidInput("governmentCause goes only with cause GOVERNMENT");
        }
        MilestoneTrack track = state.milestone(milestone);
        if (!track.awaitsFinding()) {
            throw ParcelRuleException.illegalState(track.isMissed()
                    ? "the cause of the missed " + milestone + " was already found: " + track.cause()
                    : "the " + milestone + " date " + track.agreedDate() + " has not been missed");
        }
        LocalDate foundOn = command.foundOn() == null ? today
                : Input.notBefore(Input.pastOrToday(command.foundOn(), "foundOn", today), "foundOn",
                        track.agreedDate().plusDays(1), "the day the date was missed,");
        boolean breach = cause == BreachCause.LAND_USER;
        apply(new BreachFindingRecorded(parcelId, milestone, track.agreedDate(), cause, command.governmentCause(),
                command.findings(), foundOn, breach));
        if (breach) {
            PenaltyRates rates = state.contract().penaltyRates();
            NoticeType type = milestone == Milestone.START ? NoticeType.START_PERFORMANCE : NoticeType.COMPLETION_PERFORMANCE;
            BigDecimal rate = milestone == Milestone.START ? rates.lateStartPerDay() : rates.lateCompletionPerDay();
            issue(NoticeWording.performance(type, state.contract().projectName(), state.contract().supplyMethod(),
                    track.agreedDate(),
                    state.contract().totalPrice(), rate, foundOn));
        }
    }

    @CommandHandler
    public void handle(GrantExtension command, Clock clock, SupervisionSettings settings,
                       @MetaDataValue(EnteringHistory.KEY) Object enteringHistory) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        Milestone milestone = Input.required(command.milestone(), "milestone");
        LocalDate newDate = Input.required(command.newDate(), "newDate");
        Input.required(command.approvalNo(), "approvalNo");
        LocalDate approvedOn = Input.pastOrToday(command.approvedOn(), "approvedOn", today);
        LocalDate appliedOn = command.appliedOn() != null
                ? Input.pastOrToday(command.appliedOn(), "appliedOn", today) : approvedOn;
        if (appliedOn.isAfter(approvedOn)) {
            throw ParcelRuleException.invalidInput("appliedOn lies after approvedOn");
        }
        MilestoneTrack track = milestone == Milestone.HANDOVER ? null : state.milestone(milestone);
        ExtensionPolicy.enforce(new ExtensionPolicy.Request(milestone, track, newDate, appliedOn, approvedOn,
                settings.extensionApplicationLeadDays(), command.governmentCause(), state.milestone(Milestone.HANDOVER)));
        LocalDate previousCompletion = null;
        LocalDate newCompletion = null;
        if (milestone == Milestone.START) {
            previousCompletion = state.milestone(Milestone.COMPLETION).agreedDate();
            newCompletion = command.newCompletionDate() != null ? command.newCompletionDate()
                    : ExtensionPolicy.movedCompletion(track.agreedDate(), newDate, previousCompletion);
            if (!newCompletion.isAfter(newDate)) {
                throw ParcelRuleException.ruleViolation("the completion date " + newCompletion + " must follow the new start " + newDate);
            }
        }
        apply(new ExtensionGranted(parcelId, milestone, track.agreedDate(), newDate, previousCompletion, newCompletion,
                command.approvalNo(), approvedOn, command.reason(), command.governmentCause()));
        checkAtOnce(today, settings, enteringHistory);
    }

    // ---- patrols ---------------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordPatrol command, Clock clock, PhotoCheckSettings photoChecks) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        LocalDate on = Input.notBefore(Input.pastOrToday(command.patrolledOn(), "patrolledOn", today),
                "patrolledOn", state.contract().signedOn(), "the signing on");
        Input.required(command.inspector(), "inspector");
        ConstructionStatus status = Input.required(command.status(), "status");
        if (status == ConstructionStatus.SUSPENDED) {
            Input.notBefore(Input.required(command.suspendedSince(), "suspendedSince"), "suspendedSince",
                    state.milestone(Milestone.START).actualDate(), "the start on");
            if (command.suspendedSince().isAfter(on)) {
                throw ParcelRuleException.invalidInput("suspendedSince lies after the patrol");
            }
        } else if (command.suspendedSince() != null) {
            throw ParcelRuleException.invalidInput("suspendedSince goes only with status SUSPENDED");
        }
        if ((command.builtFloorAreaSqm() != null && command.builtFloorAreaSqm().signum() < 0)
                || (command.investedAmount() != null && command.investedAmount().signum() < 0)) {
            throw ParcelRuleException.invalidInput("built floor area and invested amount cannot be negative");
        }
        // a photo far from the patrol's day or place flags the patrol for review; it does not refuse it
        List<PhotoFinding> findings = PhotoPlausibilityPolicy.findings(on, state.contract().locationPoint(),
                command.photos(), photoChecks);
        apply(new PatrolRecorded(parcelId, on, command.inspector(), status, command.suspendedSince(),
                command.builtFloorAreaSqm(), command.investedAmount(), command.infoBoardPosted(), command.useChanged(),
                command.relocated(), command.trackingCardNo(), command.photoRefs(), command.remarks(), patrolStage(),
                command.photos().stream().map(PatrolPhoto::sha256).toList(), findings));
        closeTasksAnsweredBy(command.inspector(), on);
    }

    /** A patrol closes the tasks it answers: the inspector's own, open, and due by the day of the patrol. */
    private void closeTasksAnsweredBy(String inspector, LocalDate patrolledOn) {
        for (PatrolTask task : state.patrolTasks()) {
            if (task.isAnsweredBy(inspector, patrolledOn)) {
                apply(new PatrolTaskDone(parcelId, task.taskId(), patrolledOn, inspector, !patrolledOn.isAfter(task.doBy())));
            }
        }
    }

    // ---- field work (DESIGN §6.6) ----------------------------------------------------------

    @CommandHandler
    public void handle(AssignLandOfficer command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        String officer = Input.required(blankToNull(command.officer()), "officer").strip();
        if (officer.equals(state.officer())) {
            return; // already theirs: the desk's second click records nothing
        }
        apply(new LandOfficerAssigned(parcelId, officer, state.officer(), state.contract().township(), today));
        // the open tasks of the parcel's own patrols pass to the new officer; cross patrols and spot checks stay
        for (PatrolTask task : state.patrolTasks()) {
            if (task.isOpen() && !task.kind().isByAnotherOfficer()) {
                apply(new PatrolTaskAssigned(parcelId, task.taskId(), task.kind(), officer, task.dueOn(), task.doBy(), today, null));
            }
        }
    }

    /**
     * A cross patrol or spot check of the monthly draw. Idempotent: a task id on record is not assigned again, so the
     * draw of a month may run twice. The parcel's own officer is refused: the task exists to check their work.
     */
    @CommandHandler
    public void handle(AssignPatrolTask command, Clock clock, SupervisionSettings settings) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        PatrolTaskKind kind = Input.required(command.kind(), "kind");
        if (!kind.isByAnotherOfficer()) {
            throw ParcelRuleException.invalidInput("only CROSS and SPOT_CHECK tasks are assigned by command, not " + kind);
        }
        String officer = Input.required(blankToNull(command.officer()), "officer");
        String taskId = Input.required(command.taskId(), "taskId");
        LocalDate dueOn = Input.required(command.dueOn(), "dueOn");
        if (officer.equals(state.officer())) {
            throw ParcelRuleException.ruleViolation("a " + kind + " is made by an officer other than the parcel's own ("
                    + officer + ")");
        }
        if (state.patrolTask(taskId).isPresent()) {
            return;
        }
        // a draw of history is dated on its own day, as the nightly checks of an import are
        LocalDate assignedOn = command.drawnOn() == null ? today : Input.pastOrToday(command.drawnOn(), "drawnOn", today);
        apply(new PatrolTaskAssigned(parcelId, taskId, kind, officer, dueOn, dueOn.plusDays(settings.patrol().taskDays()),
                assignedOn, null));
    }

    /** 投诉举报: the complaint goes on record and becomes a patrol task for the parcel's officer (none yet: unassigned). */
    @CommandHandler
    public String handle(RecordComplaint command, Clock clock, SupervisionSettings settings) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        String source = Input.required(blankToNull(command.source()), "source");
        String content = Input.required(blankToNull(command.content()), "content");
        LocalDate receivedOn = command.receivedOn() == null ? today
                : Input.pastOrToday(command.receivedOn(), "receivedOn", today);
        String complaintId = parcelId + "-TS" + (state.complaintIds().size() + 1);
        apply(new ComplaintRecorded(parcelId, complaintId, source, blankToNull(command.contact()), content,
                blankToNull(command.address()), receivedOn));
        apply(new PatrolTaskAssigned(parcelId, complaintId, PatrolTaskKind.COMPLAINT, state.officer(), today,
                today.plusDays(settings.patrol().taskDays()), today, complaintId));
        return complaintId;
    }

    @CommandHandler
    public void handle(RecordComplaintOutcome command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        String complaintId = Input.required(command.complaintId(), "complaintId");
        if (!state.hasComplaint(complaintId)) {
            throw new ParcelRuleException(RuleCode.COMPLAINT_NOT_FOUND, "parcel " + parcelId + " has no complaint " + complaintId);
        }
        if (state.complaintDecidedOn(complaintId) != null) {
            throw ParcelRuleException.illegalState("the outcome of complaint " + complaintId + " was already recorded on "
                    + state.complaintDecidedOn(complaintId));
        }
        String outcome = Input.required(blankToNull(command.outcome()), "outcome");
        Boolean substantiated = Input.required(command.substantiated(), "substantiated");
        LocalDate decidedOn = command.decidedOn() == null ? today
                : Input.pastOrToday(command.decidedOn(), "decidedOn", today);
        apply(new ComplaintOutcomeRecorded(parcelId, complaintId, outcome, substantiated, decidedOn));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private PatrolStage patrolStage() {
        return switch (state.stage()) {
            case STARTED -> PatrolStage.START;
            case COMPLETED -> PatrolStage.COMPLETION;
            default -> PatrolStage.PRE_START;
        };
    }

    // ---- idle land -------------------------------------------------------------------------

    @CommandHandler
    public void handle(VerifyIdleLand command, Clock clock, SupervisionSettings settings) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        IdleCase idle = state.idle();
        if (idle.status() != IdleStatus.SUSPECTED) {
            throw ParcelRuleException.illegalState("no idle-land suspicion awaits verification (case is " + idle.status() + ")");
        }
        LocalDate verifiedOn = Input.notBefore(Input.pastOrToday(command.verifiedOn(), "verifiedOn", today),
                "verifiedOn", idle.suspectedOn(), "the suspicion on");
        boolean stillIdle = Input.required(command.stillIdle(), "stillIdle");
        apply(new IdleLandVerified(parcelId, idle.ground(), idle.idleSince(), verifiedOn, stillIdle, command.remarks()));
        if (stillIdle) {
            // the officer refers the case on the day of the site visit, also when it is entered later
            LocalDate answerBy = verifiedOn.plusDays(settings.investigationDays());
            apply(new IdleLandReferred(parcelId, idle.ground(), idle.idleSince(), verifiedOn, answerBy));
            // the land user's days to answer run from the notice's delivery
            issue(NoticeWording.idleInvestigation(state.contract().projectName(), idle.idleSince(), verifiedOn,
                    settings.investigationAnswerDays()));
        }
    }

    @CommandHandler
    public void handle(DetermineIdleLand command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        IdleCase idle = state.idle();
        if (idle.status() != IdleStatus.REFERRED) {
            throw ParcelRuleException.illegalState("no idle-land referral awaits a determination (case is " + idle.status() + ")");
        }
        Input.required(command.determinationNo(), "determinationNo");
        LocalDate determinedOn = Input.notBefore(Input.pastOrToday(command.determinedOn(), "determinedOn", today),
                "determinedOn", idle.referredOn(), "the referral on");
        BreachCause cause = Input.required(command.cause(), "cause");
        if (cause == BreachCause.GOVERNMENT && command.governmentCause() == null) {
            throw ParcelRuleException.invalidInput("a government cause must name its Art. 8 ground (governmentCause)");
        }
        LocalDate idleSince = command.idleSince() != null ? command.idleSince() : idle.idleSince();
        if (idleSince.isAfter(determinedOn)) {
            throw ParcelRuleException.invalidInput("idleSince lies after the determination");
        }
        apply(new IdleLandDetermined(parcelId, command.determinationNo(), determinedOn, cause, command.governmentCause(), idleSince));
        issue(NoticeWording.idleDetermination(state.contract().projectName(), command.determinationNo(), idleSince,
                cause == BreachCause.LAND_USER ? "用地单位原因" : cause == BreachCause.GOVERNMENT ? "政府原因" : "不可抗力",
                determinedOn));
        if (cause == BreachCause.LAND_USER && IdleLandCriteria.recoveryAllowed(idleSince, today)) {
            apply(new IdleLandRecoveryEligible(parcelId, idleSince, today));
        }
    }

    @CommandHandler
    public void handle(DisposeIdleLand command, Clock clock, SupervisionSettings settings,
                       @MetaDataValue(EnteringHistory.KEY) Object enteringHistory) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        IdleDisposalMethod method = Input.required(command.method(), "method");
        Input.required(command.decisionNo(), "decisionNo");
        LocalDate decidedOn = Input.pastOrToday(command.decidedOn(), "decidedOn", today);
        IdleCase idle = state.idle();
        MilestoneTrack start = state.milestone(Milestone.START);
        MilestoneTrack completion = state.milestone(Milestone.COMPLETION);
        BigDecimal recordedPrice = state.contract().totalPrice();
        DisposalPolicy.enforce(new DisposalPolicy.Request(idle, command, start.agreedDate(), recordedPrice, start.isReached()));
        new DueProcessPolicy(method, decidedOn, idle.hearingFor(method), command.approvalNo(), command.approvedOn()).enforce();

        BigDecimal fee = null;
        LocalDate payableBy = null;
        LocalDate newStart = null;
        LocalDate newCompletion = null;
        if (method == IdleDisposalMethod.IDLE_FEE) {
            fee = IdleFee.of(IdleFee.base(recordedPrice, command.feeBase()), settings.idleFeeRate());
            // payableBy stays null: the days to pay run from the decision's delivery (NoticeDelivered.dueDate)
        } else if (method == IdleDisposalMethod.EXTENSION) {
            newStart = command.newStartDate();
            newCompletion = command.newCompletionDate() != null ? command.newCompletionDate()
                    : ExtensionPolicy.movedCompletion(start.agreedDate(), newStart, completion.agreedDate());
        } else if (method.setsNewDates()) {
            newStart = command.newStartDate();
            newCompletion = command.newCompletionDate();
        }
        // the fee base is recorded only where it was the assessed price, not the price on record
        BigDecimal assessedBase = method == IdleDisposalMethod.IDLE_FEE && !IdleFee.isPriced(recordedPrice)
                ? command.feeBase() : null;
        apply(new IdleLandDisposed(parcelId, method, command.decisionNo(), decidedOn, fee, payableBy,
                start.agreedDate(), newStart, completion.agreedDate(), newCompletion, command.temporaryUseUntil(),
                command.newLandUse(), command.compensation(), command.hearingOfferedOn(), command.remarks(), assessedBase,
                command.approvalNo(), command.approvedOn()));
        String project = state.contract().projectName();
        if (method == IdleDisposalMethod.IDLE_FEE) {
            issue(assessedBase != null
                    ? NoticeWording.idleFeeDecisionOnAssessedPrice(project, assessedBase, fee, decidedOn,
                            settings.idleFeePaymentDays())
                    : NoticeWording.idleFeeDecision(project, state.contract().supplyMethod(), fee, decidedOn,
                            settings.idleFeePaymentDays()));
        } else if (method == IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION) {
            issue(NoticeWording.recoveryDecision(project, idle.idleSince(), decidedOn, command.approvalNo(),
                    command.approvedOn()));
        }
        if (method.setsNewDates()) {
            checkAtOnce(today, settings, enteringHistory);
        }
    }

    /**
     * 听证告知书 before a fee or recovery decision: the case is determined for the land user's cause and the intended
     * decision is one the land user may be heard on. A new notice for the same decision replaces the earlier one (its
     * delivery and answer start afresh), so it is refused while the earlier one's hearing was asked for and not held.
     */
    @CommandHandler
    public void handle(IssueHearingNotice command, Clock clock, SupervisionSettings settings) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        IdleDisposalMethod intended = Input.required(command.intendedDecision(), "intendedDecision");
        if (!intended.offersHearing()) {
            throw ParcelRuleException.invalidInput("intendedDecision is IDLE_FEE or RECOVERY_WITHOUT_COMPENSATION, not " + intended);
        }
        IdleCase idle = state.idle();
        boolean open = idle.status() == IdleStatus.DETERMINED
                || (idle.status() == IdleStatus.FEE_IMPOSED && intended == IdleDisposalMethod.RECOVERY_WITHOUT_COMPENSATION);
        if (!open) {
            throw ParcelRuleException.illegalState("no idle-land determination awaits a " + intended + " decision (case is "
                    + idle.status() + ")");
        }
        if (!intended.fits(idle.cause())) {
            throw ParcelRuleException.ruleViolation(intended + " is not a disposal for idle land of " + idle.cause() + " cause");
        }
        LocalDate issuedOn = Input.notBefore(Input.pastOrToday(command.issuedOn(), "issuedOn", today), "issuedOn",
                idle.determinedOn(), "the determination on");
        Hearing earlier = idle.hearingFor(intended);
        if (earlier != null && earlier.step(today) == Hearing.Step.HEARING_TO_HOLD) {
            throw ParcelRuleException.illegalState("the hearing requested on " + earlier.requestedOn() + " on notice "
                    + earlier.noticeNo() + " is still to be held");
        }
        NoticeDraft draft = NoticeWording.hearingRights(state.contract().projectName(),
                intended == IdleDisposalMethod.IDLE_FEE ? "征缴土地闲置费决定" : "无偿收回国有建设用地使用权决定", issuedOn,
                settings.hearingRequestWorkingDays());
        String noticeNo = draft.issue(parcelId, state.noticesOfType(draft.type()) + 1).noticeNo();
        apply(new HearingRightsNotified(parcelId, noticeNo, intended, issuedOn));
        issue(draft);
    }

    @CommandHandler
    public void handle(RecordHearing command, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        requireOpen();
        HearingPolicy policy = new HearingPolicy(state.idle().hearing(), command, today);
        policy.enforce();
        apply(policy.recorded(parcelId));
    }

    // ---- notices ---------------------------------------------------------------------------

    @CommandHandler
    public void handle(RecordNoticeDelivery command, Clock clock, SupervisionSettings settings, WorkingDays calendar) {
        LocalDate today = LocalDate.now(clock);
        String noticeNo = Input.required(command.noticeNo(), "noticeNo");
        NoticeRecord notice = state.notice(noticeNo).orElseThrow(() ->
                new ParcelRuleException(RuleCode.NOTICE_NOT_FOUND, "parcel " + parcelId + " issued no notice " + noticeNo));
        if (notice.isDelivered()) {
            throw ParcelRuleException.illegalState("notice " + noticeNo + " was already delivered on " + notice.deliveredOn());
        }
        LocalDate deliveredOn = Input.notBefore(Input.pastOrToday(command.deliveredOn(), "deliveredOn", today),
                "deliveredOn", notice.issuedOn(), "the issue on");
        Input.required(command.receivedBy(), "receivedBy");
        // the days to ask for a hearing are working days: reckoned now, on the calendar, refused when its year is missing
        LocalDate deadline = notice.type() == NoticeType.HEARING_RIGHTS
                ? HearingPolicy.requestBy(calendar, deliveredOn, settings.hearingRequestWorkingDays())
                : notice.deadlineOnDelivery(deliveredOn);
        apply(new NoticeDelivered(parcelId, noticeNo, notice.type(), deliveredOn, command.receivedBy(), deadline));
    }

    // ---- the sweep -------------------------------------------------------------------------

    @CommandHandler
    public DueCheckResult handle(CheckDuePoints command, Clock clock, SupervisionSettings settings) {
        LocalDate today = LocalDate.now(clock);
        return checkDuePoints(Input.pastOrToday(command.asOf(), "asOf", today), settings);
    }

    /**
     * Applies every date rule due as of {@code asOf}: the sweep's check, and the one a registration or a change of
     * dates makes at once. Idempotent, so a sweep the same night fires nothing twice.
     */
    private DueCheckResult checkDuePoints(LocalDate asOf, SupervisionSettings settings) {
        Map<String, Integer> fired = new LinkedHashMap<>();
        for (DueRule rule : DueRule.ALL) {
            for (DuePoint point : rule.points(state, settings)) {
                if (point.isDueOn(asOf)) {
                    DuePoint.Outcome outcome = point.action().apply(asOf);
                    outcome.events().forEach(event -> apply(event));
                    outcome.notices().forEach(this::issue);
                    fired.merge(rule.name(), 1, Integer::sum);
                }
            }
        }
        return new DueCheckResult(parcelId, asOf, fired, DueRule.nextDueOn(state, settings));
    }

    // ---- helpers ---------------------------------------------------------------------------

    /**
     * Issue 20: a command that changes the parcel's dates checks its due points at once, as the sweep would that night
     * (a reminder for a new date less than the lead away goes out with the answer), unless it enters history: then the
     * history that follows, and the sweeps on its days, say what happened.
     */
    private void checkAtOnce(LocalDate today, SupervisionSettings settings, Object enteringHistory) {
        if (!EnteringHistory.isOn(enteringHistory)) {
            checkDuePoints(today, settings);
        }
    }

    private void issue(NoticeDraft draft) {
        apply(draft.issue(parcelId, state.noticesOfType(draft.type()) + 1));
    }

    private void requireOpen() {
        if (state.isClosed()) {
            throw ParcelRuleException.illegalState("parcel " + parcelId + " is " + state.stage() + ": supervision has ended");
        }
    }

    private void requireStage(Stage expected, String otherwise) {
        if (state.stage() != expected) {
            throw ParcelRuleException.illegalState(otherwise);
        }
    }

    /**
     * Applies an event chained to the previous one: its hash and the previous hash go into its metadata,
     * next to the actor and source the command carried in.
     */
    private ApplyMore apply(ParcelEvent event) {
        return ChainedEvents.apply(ChainHead.hashOf(lastHash), event.parcelId(), event);
    }

    @EventSourcingHandler
    void on(ParcelEvent event, EventMessage<?> message) {
        if (event instanceof ParcelRegistered registered) {
            parcelId = registered.parcelId();
            state = new ParcelState();
        }
        state.apply(event);
        lastHash = ChainHead.after(message);
    }

    /** Read-only view for tests and in-process callers. */
    ParcelState state() {
        return state;
    }
}
