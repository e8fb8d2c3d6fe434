package org.parcelwatch.projections.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.parcelwatch.monitoring.idle.Hearing;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.Milestone;
import org.parcelwatch.monitoring.notice.NoticeType;
import org.parcelwatch.monitoring.parcel.Damages;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.IdleCase;
import org.parcelwatch.monitoring.parcel.MilestoneTrack;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.patrol.PatrolRecorded;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.monitoring.patrol.PatrolTaskKind;
import org.parcelwatch.monitoring.patrol.PhotoFinding;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.monitoring.registration.LocationPoint;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.monitoring.registration.PlotRatio;

/**
 * The parcel detail (DESIGN §4) read off a fold as of a day: contract terms (the land use as its GB/T 21010-2017
 * code and Chinese name, also for a contract stored with a name from before the codes), installments, milestones,
 * open flags, damages accrued to that day, notices and the idle-land case; the location point (with its datum) when
 * the registration gave one. The live detail and the
 * auditor's "as of" view are the same mapping over different folds.
 *
 * <p>{@code landUserDefaults} are the defaults the {@code LAND_USER_IN_DEFAULT} policy warning names, as data (empty
 * for a registration recorded before they were kept: its warning's text is all there is).
 */
public record ParcelDetail(
        String parcelId, String contractNo, String parcelCode, String supplyMethod, String projectName,
        LandUser landUser, String location, String township, String districtCode, BigDecimal areaSqm, String landUse,
        String landUseName, Integer termYears, BigDecimal totalPrice, LocalDate signedOn, PlotRatio plotRatio,
        BigDecimal plannedFloorAreaSqm, BigDecimal totalInvestment, PenaltyRates penaltyRates,
        List<String> policyWarnings, Stage stage, BigDecimal paid, BigDecimal outstanding,
        List<InstallmentView> installments, Milestones milestones, Set<Flag> flags, Damages damages,
        List<NoticeView> notices, IdleView idle, PatrolView lastPatrol, int patrolCount, String officer,
        List<PatrolTaskView> patrolTasks, LocationPoint locationPoint, List<LandUserDefault> landUserDefaults) {

    /** A patrol task of the parcel (DESIGN §6.6) with its status as of the day read. */
    public record PatrolTaskView(String taskId, PatrolTaskKind kind, String officer, LocalDate dueOn, LocalDate doBy,
                                 LocalDate doneOn, PatrolTask.Status status) {
    }

    public record InstallmentView(int no, LocalDate dueDate, BigDecimal amount, BigDecimal paid, BigDecimal outstanding,
                                  String status, LocalDate overdueFrom) {
    }

    public record MilestoneView(LocalDate agreedDate, LocalDate originalDate, LocalDate actualDate, String status,
                                BreachCause cause, LocalDate breachFrom, int extensions) {
    }

    public record Milestones(MilestoneView handover, MilestoneView start, MilestoneView completion) {
    }

    public record NoticeView(String noticeNo, NoticeType type, LocalDate issuedOn, LocalDate dueDate,
                             LocalDate deliveredOn, String receivedBy) {
    }

    public record IdleView(IdleStatus status, IdleGround ground, LocalDate idleSince, LocalDate suspectedOn,
                           LocalDate referredOn, LocalDate investigationDueBy, String determinationNo,
                           LocalDate determinedOn, BreachCause cause, BigDecimal idleFee, LocalDate feePayableBy,
                           LocalDate recoveryEligibleFrom, IdleDisposalMethod lastDisposal, LocalDate disposedOn,
                           String approvalNo, LocalDate approvedOn, List<Hearing> hearings) {

        /** The view without the due-process steps, as parcel files written before them read. */
        public IdleView(IdleStatus status, IdleGround ground, LocalDate idleSince, LocalDate suspectedOn,
                        LocalDate referredOn, LocalDate investigationDueBy, String determinationNo,
                        LocalDate determinedOn, BreachCause cause, BigDecimal idleFee, LocalDate feePayableBy,
                        LocalDate recoveryEligibleFrom, IdleDisposalMethod lastDisposal, LocalDate disposedOn) {
            this(status, ground, idleSince, suspectedOn, referredOn, investigationDueBy, determinationNo, determinedOn,
                    cause, idleFee, feePayableBy, recoveryEligibleFrom, lastDisposal, disposedOn, null, null, List.of());
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public IdleView {
            // the canonical constructor reads stored parcel files; one written before the hearings has none
            hearings = hearings == null ? List.of() : List.copyOf(hearings);
        }
    }

    /**
     * The last patrol; {@code photos} the SHA-256 of its stored photos ({@code GET /evidence/{sha256}}),
     * {@code photoFindings} why it is up for review (flag PATROL_REVIEW).
     */
    public record PatrolView(LocalDate patrolledOn, String inspector, String status, LocalDate suspendedSince,
                             BigDecimal builtFloorAreaSqm, BigDecimal investedAmount, Boolean infoBoardPosted,
                             String trackingCardNo, List<String> photos, List<PhotoFinding> photoFindings) {

        @com.fasterxml.jackson.annotation.JsonCreator
        public PatrolView {
            // the canonical constructor reads stored parcel files; one written before the evidence store has neither
            photos = photos == null ? List.of() : List.copyOf(photos);
            photoFindings = photoFindings == null ? List.of() : List.copyOf(photoFindings);
        }
    }

    /** The statuses read at the parcel's clock (a closed parcel's stand still at its closing day), damages likewise. */
    public static ParcelDetail of(ParcelState s, LocalDate asOf) {
        ParcelRegistered c = s.contract();
        LocalDate clock = s.clockDay(asOf);
        return new ParcelDetail(c.parcelId(), c.contractNo(), c.parcelCode(),
                c.supplyMethod() == null ? null : c.supplyMethod().name(), c.projectName(), c.landUser(), c.location(),
                c.township(), c.districtCode(), c.areaSqm(), s.landUse() == null ? s.landUseNamed() : s.landUse().code(),
                s.landUse() == null ? null : s.landUse().name(), c.termYears(), c.totalPrice(), c.signedOn(),
                c.plotRatio(), c.plannedFloorAreaSqm(), c.totalInvestment(), c.penaltyRates(), c.policyWarnings(),
                s.stage(), s.totalPaid(), s.totalOutstanding(),
                s.installments().stream().map(i -> new InstallmentView(i.no(), i.dueDate(), i.amount(), i.paid(),
                        i.outstanding(), i.status(clock).name(), i.overdueFrom())).toList(),
                new Milestones(milestone(s, Milestone.HANDOVER, clock), milestone(s, Milestone.START, clock),
                        milestone(s, Milestone.COMPLETION, clock)),
                s.flags(), s.damages(asOf),
                s.notices().stream().map(n -> new NoticeView(n.noticeNo(), n.type(), n.issuedOn(), n.dueDate(),
                        n.deliveredOn(), n.receivedBy())).toList(),
                idle(s.idle()), patrol(s.lastPatrol()), s.patrolCount(), s.officer(),
                s.patrolTasks().stream().map(t -> new PatrolTaskView(t.taskId(), t.kind(), t.officer(), t.dueOn(), t.doBy(),
                        t.doneOn(), t.status(clock))).toList(), c.locationPoint(), c.landUserDefaults());
    }

    private static MilestoneView milestone(ParcelState s, Milestone milestone, LocalDate asOf) {
        MilestoneTrack t = s.milestone(milestone);
        return new MilestoneView(t.agreedDate(), t.originalDate(), t.actualDate(), s.milestoneStatus(milestone, asOf).name(), t.cause(),
                t.breachFrom(), t.extensions());
    }

    private static IdleView idle(IdleCase i) {
        return new IdleView(i.status(), i.ground(), i.idleSince(), i.suspectedOn(), i.referredOn(), i.investigationDueBy(),
                i.determinationNo(), i.determinedOn(), i.cause(), i.idleFee(), i.feePayableBy(), i.recoveryEligibleFrom(),
                i.lastDisposal(), i.disposedOn(), i.approvalNo(), i.approvedOn(), i.hearings());
    }

    private static PatrolView patrol(PatrolRecorded p) {
        return p == null ? null : new PatrolView(p.patrolledOn(), p.inspector(), p.status().name(), p.suspendedSince(),
                p.builtFloorAreaSqm(), p.investedAmount(), p.infoBoardPosted(), p.trackingCardNo(), p.photos(),
                p.photoFindings());
    }
}
