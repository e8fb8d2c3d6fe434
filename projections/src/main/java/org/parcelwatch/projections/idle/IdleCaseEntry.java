package org.parcelwatch.projections.idle;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.parcelwatch.monitoring.milestone.GovernmentCause;

/** An idle-land case in the referral register: suspicion, verification, referral, determination, disposal. */
@Entity
@Table(name = "idle_case")
@IdClass(IdleCaseEntry.Key.class)
public class IdleCaseEntry {

    public record Key(String parcelId, LocalDate suspectedOn) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    /**
     * The register's status: core's {@link IdleStatus}, whose lifecycle the register follows, under the register's
     * names. Where core leaves the parcel with no case (NONE) after a suspicion found wrong on site, the register
     * keeps the case's row as CLEARED.
     */
    public enum Status {
        SUSPECTED(IdleStatus.SUSPECTED),
        CLEARED(IdleStatus.NONE),
        REFERRED(IdleStatus.REFERRED),
        DETERMINED(IdleStatus.DETERMINED),
        FEE_IMPOSED(IdleStatus.FEE_IMPOSED),
        DISPOSED(IdleStatus.DISPOSED);

        private final IdleStatus lifecycle;

        Status(IdleStatus lifecycle) {
            this.lifecycle = lifecycle;
        }

        static Status of(IdleStatus lifecycle) {
            return Arrays.stream(values()).filter(s -> s.lifecycle == lifecycle).findFirst().orElseThrow();
        }
    }

    @Id
    private String parcelId;
    @Id
    private LocalDate suspectedOn;
    @Enumerated(EnumType.STRING)
    private IdleGround ground;
    private LocalDate idleSince;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate verifiedOn;
    private Boolean stillIdle;
    private LocalDate referredOn;
    private LocalDate investigationDueBy;
    private String investigationNoticeNo;
    private String determinationNo;
    private LocalDate determinedOn;
    @Enumerated(EnumType.STRING)
    private BreachCause cause;
    @Enumerated(EnumType.STRING)
    private GovernmentCause governmentCause;
    private LocalDate recoveryEligibleFrom;
    @Enumerated(EnumType.STRING)
    private IdleDisposalMethod disposalMethod;
    private String decisionNo;
    private LocalDate decidedOn;
    private BigDecimal idleFee;
    /** The government's approval of the disposal (报本级人民政府批准); null before it was recorded. */
    private String approvalNo;
    private LocalDate approvedOn;

    protected IdleCaseEntry() {
    }

    /** A new case: one row per suspicion, kept when the case is over. */
    IdleCaseEntry(IdleLandSuspected e) {
        parcelId = e.parcelId();
        suspectedOn = e.suspectedOn();
        ground = e.ground();
        idleSince = e.idleSince();
        status = Status.of(IdleStatus.NONE.after(e));
    }

    void verified(IdleLandVerified e) {
        verifiedOn = e.verifiedOn();
        stillIdle = e.stillIdle();
        status = Status.of(status.lifecycle.after(e));
    }

    void referred(IdleLandReferred e) {
        referredOn = e.referredOn();
        investigationDueBy = e.investigationDueBy();
        status = Status.of(status.lifecycle.after(e));
    }

    void investigationNotice(String noticeNo) {
        investigationNoticeNo = noticeNo;
    }

    void determined(IdleLandDetermined e) {
        determinationNo = e.determinationNo();
        determinedOn = e.determinedOn();
        cause = e.cause();
        governmentCause = e.governmentCause();
        idleSince = e.idleSince();
        status = Status.of(status.lifecycle.after(e));
    }

    void recoveryEligible(IdleLandRecoveryEligible e) {
        recoveryEligibleFrom = e.eligibleFrom();
    }

    void disposed(IdleLandDisposed e) {
        disposalMethod = e.method();
        decisionNo = e.decisionNo();
        decidedOn = e.decidedOn();
        approvalNo = e.approvalNo();
        approvedOn = e.approvedOn();
        if (e.idleFee() != null) {
            idleFee = e.idleFee();
        }
        status = Status.of(status.lifecycle.after(e));
    }

    boolean isOpen() {
        return status.lifecycle.isOpen();
    }


    public String getParcelId() {
        return parcelId;
    }

    public LocalDate getSuspectedOn() {
        return suspectedOn;
    }

    public IdleGround getGround() {
        return ground;
    }

    public LocalDate getIdleSince() {
        return idleSince;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getVerifiedOn() {
        return verifiedOn;
    }

    public Boolean getStillIdle() {
        return stillIdle;
    }

    public LocalDate getReferredOn() {
        return referredOn;
    }

    public LocalDate getInvestigationDueBy() {
        return investigationDueBy;
    }

    public String getInvestigationNoticeNo() {
        return investigationNoticeNo;
    }

    public String getDeterminationNo() {
        return determinationNo;
    }

    public LocalDate getDeterminedOn() {
        return determinedOn;
    }

    public BreachCause getCause() {
        return cause;
    }

    public GovernmentCause getGovernmentCause() {
        return governmentCause;
    }

    public LocalDate getRecoveryEligibleFrom() {
        return recoveryEligibleFrom;
    }

    public IdleDisposalMethod getDisposalMethod() {
        return disposalMethod;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public String approvalNo() {
        return approvalNo;
    }

    public LocalDate approvedOn() {
        return approvedOn;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public BigDecimal getIdleFee() {
        return idleFee;
    }
}
