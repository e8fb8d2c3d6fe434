package org.parcelwatch.monitoring.idle;

import java.time.LocalDate;

/**
 * The hearing offered on one hearing-rights notice: issued, delivered (which sets {@code requestBy}, the last working
 * day to ask), then asked for and held, waived, or let pass. Immutable; each step gives the next value.
 */
public record Hearing(String noticeNo, IdleDisposalMethod intendedDecision, LocalDate issuedOn, LocalDate deliveredOn,
                      LocalDate requestBy, LocalDate requestedOn, LocalDate waivedOn, LocalDate heldOn, String recordNo,
                      String outcome) {

    /** Where the hearing stands, in the order of the procedure. */
    public enum Step {
        /** the notice is out but its delivery is not recorded */
        DELIVERY_PENDING,
        /** delivered: the land user may still ask, until {@link #requestBy()} */
        REQUEST_PERIOD_RUNNING,
        /** asked for in time and not yet held */
        HEARING_TO_HOLD,
        /** held, waived in writing, or the period passed with no request: the decision may be taken */
        CLEARED
    }

    public static Hearing notified(HearingRightsNotified e) {
        return new Hearing(e.noticeNo(), e.intendedDecision(), e.issuedOn(), null, null, null, null, null, null, null);
    }

    public Hearing delivered(LocalDate on, LocalDate by) {
        return new Hearing(noticeNo, intendedDecision, issuedOn, on, by, requestedOn, waivedOn, heldOn, recordNo, outcome);
    }

    public Hearing recorded(HearingRecorded e) {
        return new Hearing(noticeNo, intendedDecision, issuedOn, deliveredOn, requestBy,
                e.requestedOn() != null ? e.requestedOn() : requestedOn, e.waivedOn() != null ? e.waivedOn() : waivedOn,
                e.heldOn() != null ? e.heldOn() : heldOn, e.recordNo() != null ? e.recordNo() : recordNo,
                e.outcome() != null ? e.outcome() : outcome);
    }

    public boolean isDelivered() {
        return deliveredOn != null;
    }

    public boolean isRequested() {
        return requestedOn != null;
    }

    public boolean isWaived() {
        return waivedOn != null;
    }

    public boolean isHeld() {
        return heldOn != null;
    }

    /** The step on {@code asOf}: after the last day to ask, an unasked hearing is forgone. */
    public Step step(LocalDate asOf) {
        if (!isDelivered()) {
            return Step.DELIVERY_PENDING;
        }
        if (isHeld() || isWaived()) {
            return Step.CLEARED;
        }
        if (isRequested()) {
            return Step.HEARING_TO_HOLD;
        }
        return requestBy != null && !asOf.isAfter(requestBy) ? Step.REQUEST_PERIOD_RUNNING : Step.CLEARED;
    }

    /** The day the way to the decision opened: the hearing held, the waiver, or the day after the period. */
    public LocalDate clearedOn() {
        if (isHeld()) {
            return heldOn;
        }
        if (isWaived()) {
            return waivedOn;
        }
        return isRequested() || requestBy == null ? null : requestBy.plusDays(1);
    }
}
