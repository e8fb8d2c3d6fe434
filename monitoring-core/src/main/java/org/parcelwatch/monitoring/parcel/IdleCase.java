package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.monitoring.idle.Hearing;
import org.parcelwatch.monitoring.idle.HearingRecorded;
import org.parcelwatch.monitoring.idle.HearingRightsNotified;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleLandDetermined;
import org.parcelwatch.monitoring.idle.IdleLandDisposed;
import org.parcelwatch.monitoring.idle.IdleLandRecoveryEligible;
import org.parcelwatch.monitoring.idle.IdleLandReferred;
import org.parcelwatch.monitoring.idle.IdleLandSuspected;
import org.parcelwatch.monitoring.idle.IdleLandVerified;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachCause;

/**
 * The parcel's idle-land case (闲置土地), from suspicion to disposal: what each step recorded, with the status
 * that {@link IdleStatus}'s lifecycle gives it, and the grounds already answered.
 */
public class IdleCase {

    private IdleStatus status = IdleStatus.NONE;
    private IdleGround ground;
    private LocalDate idleSince;
    private LocalDate suspectedOn;
    private LocalDate verifiedOn;
    private LocalDate referredOn;
    private LocalDate investigationDueBy;
    private String determinationNo;
    private LocalDate determinedOn;
    private BreachCause cause;
    private BigDecimal idleFee;
    private LocalDate feePayableBy;
    private LocalDate recoveryEligibleFrom;
    private IdleDisposalMethod lastDisposal;
    private LocalDate disposedOn;
    /** The ground as suspected; the brigade may date the idleness otherwise, the suspicion stays answered. */
    private String suspicionBasis;
    /** The government's approval of the last disposal (报本级人民政府批准), when it carried one. */
    private String approvalNo;
    private LocalDate approvedOn;
    /** The hearings offered in this case, one per hearing-rights notice, oldest first (DESIGN §6.2). */
    private List<Hearing> hearings = new ArrayList<>();
    /** Grounds already answered (cleared on site or disposed of) so the same basis does not raise a new case. */
    private List<String> answeredBases = new ArrayList<>();

    static String basis(IdleGround ground, LocalDate idleSince) {
        return ground + "@" + idleSince;
    }

    void suspect(IdleLandSuspected e) {
        status = status.after(e);
        suspicionBasis = basis(e.ground(), e.idleSince());
        ground = e.ground();
        idleSince = e.idleSince();
        suspectedOn = e.suspectedOn();
        verifiedOn = null;
        referredOn = null;
        investigationDueBy = null;
        determinationNo = null;
        determinedOn = null;
        cause = null;
        idleFee = null;
        feePayableBy = null;
        recoveryEligibleFrom = null;
        lastDisposal = null;
        disposedOn = null;
        approvalNo = null;
        approvedOn = null;
        hearings = new ArrayList<>();
    }

    void verify(IdleLandVerified e) {
        verifiedOn = e.verifiedOn();
        if (!e.stillIdle()) {
            answer();
        }
        status = status.after(e);
    }

    private void answer() {
        answeredBases.add(suspicionBasis != null ? suspicionBasis : basis(ground, idleSince));
        if (!answeredBases.contains(basis(ground, idleSince))) {
            answeredBases.add(basis(ground, idleSince));
        }
    }

    void refer(IdleLandReferred e) {
        referredOn = e.referredOn();
        investigationDueBy = e.investigationDueBy();
        status = status.after(e);
    }

    void determine(IdleLandDetermined e) {
        determinationNo = e.determinationNo();
        determinedOn = e.determinedOn();
        cause = e.cause();
        idleSince = e.idleSince();
        status = status.after(e);
    }

    void recoveryEligible(IdleLandRecoveryEligible e) {
        recoveryEligibleFrom = e.eligibleFrom();
    }

    void dispose(IdleLandDisposed e) {
        lastDisposal = e.method();
        disposedOn = e.decidedOn();
        approvalNo = e.approvalNo();
        approvedOn = e.approvedOn();
        if (e.method() == IdleDisposalMethod.IDLE_FEE) {
            idleFee = e.idleFee();
            // open until the decision is delivered: the 30 days to pay run from the delivery (see feePayableBy(LocalDate));
            // a decision stored before 2026-11-30 carries the day counted from the decision, which the delivery replaces
            feePayableBy = null;
        } else {
            answer();
        }
        status = status.after(e);
    }

    /** The fee decision was delivered: the fee is payable by {@code dueDate}. */
    void feePayableBy(LocalDate dueDate) {
        feePayableBy = dueDate;
    }

    void hearingNotified(HearingRightsNotified e) {
        hearings.add(Hearing.notified(e));
    }

    /** The hearing-rights notice was delivered; the land user may ask until {@code requestBy}. */
    void hearingNoticeDelivered(String noticeNo, LocalDate deliveredOn, LocalDate requestBy) {
        hearings.replaceAll(h -> h.noticeNo().equals(noticeNo) ? h.delivered(deliveredOn, requestBy) : h);
    }

    void hearingRecorded(HearingRecorded e) {
        hearings.replaceAll(h -> h.noticeNo().equals(e.noticeNo()) ? h.recorded(e) : h);
    }

    /** The hearing of the latest notice, the one the land user answers now; null when none was offered. */
    public Hearing hearing() {
        return hearings.isEmpty() ? null : hearings.get(hearings.size() - 1);
    }

    /** The latest hearing offered before a decision by {@code method}, or null. */
    public Hearing hearingFor(IdleDisposalMethod method) {
        Hearing found = null;
        for (Hearing h : hearings) {
            if (h.intendedDecision() == method) {
                found = h;
            }
        }
        return found;
    }

    public List<Hearing> hearings() {
        return List.copyOf(hearings);
    }

    public String approvalNo() {
        return approvalNo;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public boolean isAnswered(IdleGround ground, LocalDate idleSince) {
        return answeredBases.contains(basis(ground, idleSince));
    }

    /** No case under way: a new suspicion may be raised. */
    public boolean isOpenForSuspicion() {
        return !status.isOpen();
    }

    public IdleStatus status() {
        return status;
    }

    public IdleGround ground() {
        return ground;
    }

    public LocalDate idleSince() {
        return idleSince;
    }

    public LocalDate suspectedOn() {
        return suspectedOn;
    }

    public LocalDate verifiedOn() {
        return verifiedOn;
    }

    public LocalDate referredOn() {
        return referredOn;
    }

    public LocalDate investigationDueBy() {
        return investigationDueBy;
    }

    public String determinationNo() {
        return determinationNo;
    }

    public LocalDate determinedOn() {
        return determinedOn;
    }

    public BreachCause cause() {
        return cause;
    }

    public BigDecimal idleFee() {
        return idleFee;
    }

    public LocalDate feePayableBy() {
        return feePayableBy;
    }

    public LocalDate recoveryEligibleFrom() {
        return recoveryEligibleFrom;
    }

    public IdleDisposalMethod lastDisposal() {
        return lastDisposal;
    }

    public LocalDate disposedOn() {
        return disposedOn;
    }

    // Value equality: the fixture's state-change detection and snapshot round trips compare folds.
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof IdleCase other)) {
            return false;
        }
        return java.util.Objects.equals(status, other.status)
                && java.util.Objects.equals(ground, other.ground)
                && java.util.Objects.equals(idleSince, other.idleSince)
                && java.util.Objects.equals(suspectedOn, other.suspectedOn)
                && java.util.Objects.equals(verifiedOn, other.verifiedOn)
                && java.util.Objects.equals(referredOn, other.referredOn)
                && java.util.Objects.equals(investigationDueBy, other.investigationDueBy)
                && java.util.Objects.equals(determinationNo, other.determinationNo)
                && java.util.Objects.equals(determinedOn, other.determinedOn)
                && java.util.Objects.equals(cause, other.cause)
                && java.util.Objects.equals(idleFee, other.idleFee)
                && java.util.Objects.equals(feePayableBy, other.feePayableBy)
                && java.util.Objects.equals(recoveryEligibleFrom, other.recoveryEligibleFrom)
                && java.util.Objects.equals(lastDisposal, other.lastDisposal)
                && java.util.Objects.equals(disposedOn, other.disposedOn)
                && java.util.Objects.equals(approvalNo, other.approvalNo)
                && java.util.Objects.equals(approvedOn, other.approvedOn)
                && java.util.Objects.equals(hearings, other.hearings)
                && java.util.Objects.equals(suspicionBasis, other.suspicionBasis)
                && java.util.Objects.equals(answeredBases, other.answeredBases);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(status, ground, idleSince, suspectedOn, verifiedOn, referredOn, investigationDueBy, determinationNo, determinedOn, cause, idleFee, feePayableBy, recoveryEligibleFrom, lastDisposal, disposedOn, approvalNo, approvedOn, hearings, suspicionBasis, answeredBases);
    }
}
