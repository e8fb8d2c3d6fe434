package org.parcelwatch.monitoring.parcel;

import java.time.LocalDate;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;

/**
 * One dated milestone: the date first agreed, the date agreed now (after extensions), when it was
 * reached, and the supervision of a miss: the missed date, the cause found and whether it is a breach.
 */
public class MilestoneTrack {

    public enum Status { PENDING, REMINDED, MISSED, EXCUSED, BREACHED, REACHED, REACHED_LATE }

    private LocalDate originalDate;
    private LocalDate agreedDate;
    private LocalDate actualDate;
    private String reference;
    private LocalDate remindedFor;
    private LocalDate missedDate;
    private BreachCause cause;
    private GovernmentCause governmentCause;
    private LocalDate breachFrom;
    private int extensions;

    MilestoneTrack() {
        // for snapshot deserialization
    }

    MilestoneTrack(LocalDate agreedDate) {
        this.originalDate = agreedDate;
        this.agreedDate = agreedDate;
    }

    void reach(LocalDate on, String reference) {
        this.actualDate = on;
        this.reference = reference;
    }

    void remindFor(LocalDate date) {
        remindedFor = date;
    }

    void miss(LocalDate agreed) {
        missedDate = agreed;
        cause = null;
        governmentCause = null;
    }

    void find(BreachCause cause, GovernmentCause governmentCause) {
        this.cause = cause;
        this.governmentCause = governmentCause;
        if (cause == BreachCause.LAND_USER) {
            breachFrom = missedDate;
        }
    }

    /** A new agreed date: the miss (if any) is answered by the extension and the rules re-arm. */
    void moveTo(LocalDate newDate) {
        agreedDate = newDate;
        missedDate = null;
        cause = null;
        governmentCause = null;
        extensions++;
    }

    public LocalDate originalDate() {
        return originalDate;
    }

    public LocalDate agreedDate() {
        return agreedDate;
    }

    public LocalDate actualDate() {
        return actualDate;
    }

    public String reference() {
        return reference;
    }

    public boolean isReached() {
        return actualDate != null;
    }

    public boolean isRemindedFor(LocalDate date) {
        return date.equals(remindedFor);
    }

    /** The current agreed date was missed and the miss is not yet answered by an extension. */
    public boolean isMissed() {
        return missedDate != null && missedDate.equals(agreedDate);
    }

    public boolean awaitsFinding() {
        return isMissed() && cause == null;
    }

    public BreachCause cause() {
        return cause;
    }

    public GovernmentCause governmentCause() {
        return governmentCause;
    }

    /** The agreed date from which breach damages run; null when no land-user breach was found. */
    public LocalDate breachFrom() {
        return breachFrom;
    }

    public boolean isExcused() {
        return isMissed() && cause != null && cause.excusesLandUser();
    }

    public int extensions() {
        return extensions;
    }

    public Status status(LocalDate asOf) {
        if (isReached()) {
            return actualDate.isAfter(agreedDate) ? Status.REACHED_LATE : Status.REACHED;
        }
        if (breachFrom != null) {
            return Status.BREACHED;
        }
        if (isExcused()) {
            return Status.EXCUSED;
        }
        if (isMissed() || asOf.isAfter(agreedDate)) {
            return Status.MISSED;
        }
        return isRemindedFor(agreedDate) ? Status.REMINDED : Status.PENDING;
    }

    // Value equality: the fixture's state-change detection and snapshot round trips compare folds.
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof MilestoneTrack other)) {
            return false;
        }
        return java.util.Objects.equals(originalDate, other.originalDate)
                && java.util.Objects.equals(agreedDate, other.agreedDate)
                && java.util.Objects.equals(actualDate, other.actualDate)
                && java.util.Objects.equals(reference, other.reference)
                && java.util.Objects.equals(remindedFor, other.remindedFor)
                && java.util.Objects.equals(missedDate, other.missedDate)
                && java.util.Objects.equals(cause, other.cause)
                && java.util.Objects.equals(governmentCause, other.governmentCause)
                && java.util.Objects.equals(breachFrom, other.breachFrom)
                && java.util.Objects.equals(extensions, other.extensions);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(originalDate, agreedDate, actualDate, reference, remindedFor, missedDate, cause, governmentCause, breachFrom, extensions);
    }
}
