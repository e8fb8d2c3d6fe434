package org.parcelwatch.projections.breach;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;
import org.parcelwatch.monitoring.milestone.Milestone;

/** One missed start or completion date: the miss, the cause found, the breach and how it ended. */
@Entity
@Table(name = "breach_case")
@IdClass(BreachCase.Key.class)
public class BreachCase {

    public enum Status {
        /** Missed; the patrol re-check and the finding of its cause are due. */
        AWAITING_FINDING,
        /** Government cause or force majeure: an extension may be granted. */
        EXCUSED,
        /** Land-user cause: damages run, the case is with the brigade. */
        BREACH,
        /** The date was moved by an extension. */
        EXTENDED,
        /** The milestone was reached after the miss. */
        REACHED
    }

    public record Key(String parcelId, Milestone milestone, LocalDate agreedDate) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    private String parcelId;
    @Id
    @Enumerated(EnumType.STRING)
    private Milestone milestone;
    @Id
    private LocalDate agreedDate;
    private LocalDate missedFrom;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Enumerated(EnumType.STRING)
    private BreachCause cause;
    @Enumerated(EnumType.STRING)
    private GovernmentCause governmentCause;
    private String findings;
    private LocalDate foundOn;
    private String performanceNoticeNo;
    private LocalDate reachedOn;
    private LocalDate extendedTo;

    protected BreachCase() {
    }

    BreachCase(String parcelId, Milestone milestone, LocalDate agreedDate, LocalDate missedFrom) {
        this.parcelId = parcelId;
        this.milestone = milestone;
        this.agreedDate = agreedDate;
        this.missedFrom = missedFrom;
        this.status = Status.AWAITING_FINDING;
    }

    void found(BreachCause cause, GovernmentCause governmentCause, String findings, LocalDate on, boolean breach) {
        this.cause = cause;
        this.governmentCause = governmentCause;
        this.findings = findings;
        this.foundOn = on;
        this.status = breach ? Status.BREACH : Status.EXCUSED;
    }

    void performanceNotice(String noticeNo) {
        performanceNoticeNo = noticeNo;
    }

    void reached(LocalDate on) {
        reachedOn = on;
        if (status != Status.BREACH) {
            status = Status.REACHED;
        }
    }

    void extended(LocalDate to) {
        extendedTo = to;
        status = Status.EXTENDED;
    }

    boolean isOpen() {
        return reachedOn == null && status != Status.EXTENDED;
    }

    public String getParcelId() {
        return parcelId;
    }

    public Milestone getMilestone() {
        return milestone;
    }

    public LocalDate getAgreedDate() {
        return agreedDate;
    }

    public LocalDate getMissedFrom() {
        return missedFrom;
    }

    public Status getStatus() {
        return status;
    }

    public BreachCause getCause() {
        return cause;
    }

    public GovernmentCause getGovernmentCause() {
        return governmentCause;
    }

    public String getFindings() {
        return findings;
    }

    public LocalDate getFoundOn() {
        return foundOn;
    }

    public String getPerformanceNoticeNo() {
        return performanceNoticeNo;
    }

    public LocalDate getReachedOn() {
        return reachedOn;
    }

    public LocalDate getExtendedTo() {
        return extendedTo;
    }
}
