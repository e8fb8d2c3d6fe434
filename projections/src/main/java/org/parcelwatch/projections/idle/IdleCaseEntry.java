package org.parcelwatch.projections.idle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IdleGround;
import org.parcelwatch.monitoring.milestone.BreachCause;

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

    /** The register's status: the core's case status, plus CLEARED for a suspicion found wrong on site. */
    public enum Status { SUSPECTED, CLEARED, REFERRED, DETERMINED, FEE_IMPOSED, DISPOSED }

    @Id
    @Column(name = "parcel_id")
    private String parcelId;
    @Id
    @Column(name = "suspected_on")
    private LocalDate suspectedOn;
    @Enumerated(EnumType.STRING)
    private IdleGround ground;
    @Column(name = "idle_since")
    private LocalDate idleSince;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "verified_on")
    private LocalDate verifiedOn;
    @Column(name = "still_idle")
    private Boolean stillIdle;
    @Column(name = "referred_on")
    private LocalDate referredOn;
    @Column(name = "investigation_due_by")
    private LocalDate investigationDueBy;
    @Column(name = "investigation_notice_no")
    private String investigationNoticeNo;
    @Column(name = "determination_no")
    private String determinationNo;
    @Column(name = "determined_on")
    private LocalDate determinedOn;
    @Enumerated(EnumType.STRING)
    private BreachCause cause;
    @Column(name = "recovery_eligible_from")
    private LocalDate recoveryEligibleFrom;
    @Enumerated(EnumType.STRING)
    @Column(name = "disposal_method")
    private IdleDisposalMethod disposalMethod;
    @Column(name = "decision_no")
    private String decisionNo;
    @Column(name = "decided_on")
    private LocalDate decidedOn;
    @Column(name = "idle_fee")
    private BigDecimal idleFee;

    protected IdleCaseEntry() {
    }

    IdleCaseEntry(String parcelId, LocalDate suspectedOn, IdleGround ground, LocalDate idleSince) {
        this.parcelId = parcelId;
        this.suspectedOn = suspectedOn;
        this.ground = ground;
        this.idleSince = idleSince;
        this.status = Status.SUSPECTED;
    }

    void verified(LocalDate on, boolean stillIdle) {
        verifiedOn = on;
        this.stillIdle = stillIdle;
        if (!stillIdle) {
            status = Status.CLEARED;
        }
    }

    void referred(LocalDate on, LocalDate dueBy) {
        referredOn = on;
        investigationDueBy = dueBy;
        status = Status.REFERRED;
    }

    void investigationNotice(String noticeNo) {
        investigationNoticeNo = noticeNo;
    }

    void determined(String no, LocalDate on, BreachCause cause, LocalDate idleSince) {
        determinationNo = no;
        determinedOn = on;
        this.cause = cause;
        this.idleSince = idleSince;
        status = Status.DETERMINED;
    }

    void recoveryEligible(LocalDate from) {
        recoveryEligibleFrom = from;
    }

    void disposed(IdleDisposalMethod method, String decisionNo, LocalDate on, BigDecimal fee) {
        disposalMethod = method;
        this.decisionNo = decisionNo;
        decidedOn = on;
        if (fee != null) {
            idleFee = fee;
        }
        status = method == IdleDisposalMethod.IDLE_FEE ? Status.FEE_IMPOSED : Status.DISPOSED;
    }

    boolean isOpen() {
        return status != Status.CLEARED && status != Status.DISPOSED;
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

    public LocalDate getRecoveryEligibleFrom() {
        return recoveryEligibleFrom;
    }

    public IdleDisposalMethod getDisposalMethod() {
        return disposalMethod;
    }

    public String getDecisionNo() {
        return decisionNo;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public BigDecimal getIdleFee() {
        return idleFee;
    }
}
