package org.parcelwatch.monitoring.parcel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.idle.IdleStatus;
import org.parcelwatch.monitoring.milestone.BreachCause;

/** The parcel's idle-land case (闲置土地), from suspicion to disposal. */
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
    /** Grounds already answered (cleared on site or disposed of) so the same basis does not raise a new case. */
    private List<String> answeredBases = new ArrayList<>();

    static String basis(IdleGround ground, LocalDate idleSince) {
        return ground + "@" + idleSince;
    }

    void suspect(IdleGround ground, LocalDate idleSince, LocalDate on) {
        status = IdleStatus.SUSPECTED;
        suspicionBasis = basis(ground, idleSince);
        this.ground = ground;
        this.idleSince = idleSince;
        suspectedOn = on;
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
    }

    void verified(LocalDate on) {
        verifiedOn = on;
    }

    void clear(LocalDate on) {
        verifiedOn = on;
        answer();
        status = IdleStatus.NONE;
    }

    private void answer() {
        answeredBases.add(suspicionBasis != null ? suspicionBasis : basis(ground, idleSince));
        if (!answeredBases.contains(basis(ground, idleSince))) {
            answeredBases.add(basis(ground, idleSince));
        }
    }

    void refer(LocalDate referred, LocalDate dueBy) {
        referredOn = referred;
        investigationDueBy = dueBy;
        status = IdleStatus.REFERRED;
    }

    void determine(String no, LocalDate on, BreachCause cause, LocalDate idleSince) {
        determinationNo = no;
        determinedOn = on;
        this.cause = cause;
        this.idleSince = idleSince;
        status = IdleStatus.DETERMINED;
    }

    void recoveryEligible(LocalDate from) {
        recoveryEligibleFrom = from;
    }

    void dispose(IdleDisposalMethod method, LocalDate on, BigDecimal fee, LocalDate payableBy) {
        lastDisposal = method;
        disposedOn = on;
        if (method == IdleDisposalMethod.IDLE_FEE) {
            idleFee = fee;
            feePayableBy = payableBy;
            status = IdleStatus.FEE_IMPOSED;
        } else {
            status = IdleStatus.DISPOSED;
            answer();
        }
    }

    public boolean isAnswered(IdleGround ground, LocalDate idleSince) {
        return answeredBases.contains(basis(ground, idleSince));
    }

    /** No case under way: a new suspicion may be raised. */
    public boolean isOpenForSuspicion() {
        return status == IdleStatus.NONE || status == IdleStatus.DISPOSED;
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
                && java.util.Objects.equals(suspicionBasis, other.suspicionBasis)
                && java.util.Objects.equals(answeredBases, other.answeredBases);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(status, ground, idleSince, suspectedOn, verifiedOn, referredOn, investigationDueBy, determinationNo, determinedOn, cause, idleFee, feePayableBy, recoveryEligibleFrom, lastDisposal, disposedOn, suspicionBasis, answeredBases);
    }
}
