package org.parcelwatch.monitoring.parcel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.parcelwatch.monitoring.milestone.BreachCause;
import org.parcelwatch.monitoring.milestone.GovernmentCause;

/**
 * One dated milestone: the date first agreed, the date agreed now (after extensions), when it was
 * reached, and the supervision of a miss: the missed date, the cause found and whether it is a breach.
 */
public class MilestoneTrack {

    /**
     * Where the milestone stands on a day. {@code AWAITING_HANDOVER}: a start or completion past its date on land the
     * bureau has not yet handed over; the delay is the bureau's, so it is not shown as the land user's miss
     * ({@link ParcelState#milestoneStatus}).
     */
    public enum Status { PENDING, REMINDED, MISSED, AWAITING_HANDOVER, EXCUSED, BREACHED, REACHED, REACHED_LATE }

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
    /**
     * The date the one year of contract extensions runs from (GF-2008-2601 Art. 16): the contract date, moved along
     * with the milestone by anything but its own extensions. Null in snapshots taken before it was kept: the contract date.
     */
    private LocalDate extensionBase;

    MilestoneTrack() {
        // for snapshot deserialization
    }

    MilestoneTrack(LocalDate agreedDate) {
        this.originalDate = agreedDate;
        this.agreedDate = agreedDate;
        this.extensionBase = agreedDate;
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

    /** A contract extension of this milestone: it moves the date within the one year that runs from the base. */
    void extend(LocalDate newDate) {
        extensionBase = extensionBase();
        moveTo(newDate);
    }

    /**
     * Moved by something other than an extension of its own: a completion carried along by the start (Art. 16), or
     * the new dates of an idle-land disposal (《闲置土地处置办法》 Art. 12). The days its own extensions used stay used.
     */
    void carry(LocalDate newDate) {
        extensionBase = extensionBase().plusDays(ChronoUnit.DAYS.between(agreedDate, newDate));
        moveTo(newDate);
    }

    /** A new agreed date: the miss (if any) is answered by the extension and the rules re-arm. */
    private void moveTo(LocalDate newDate) {
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

    private LocalDate extensionBase() {
        return extensionBase != null ? extensionBase : originalDate;
    }

    /** Days the contract extensions have moved this milestone so far, all together. */
    public long extendedDays() {
        return ChronoUnit.DAYS.between(extensionBase(), agreedDate);
    }

    /**
     * The latest date contract extensions may move this milestone to: all of them together move it at most one year
     * from its contract date, moved along by whatever else has moved the date since.
     */
    public LocalDate extensionLimit() {
        return extensionBase().plusYears(1);
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
                && java.util.Objects.equals(extensions, other.extensions)
                && java.util.Objects.equals(extensionBase, other.extensionBase);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(originalDate, agreedDate, actualDate, reference, remindedFor, missedDate, cause, governmentCause, breachFrom, extensions, extensionBase);
    }
}
