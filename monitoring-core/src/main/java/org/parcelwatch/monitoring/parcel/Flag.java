package org.parcelwatch.monitoring.parcel;

/** Open supervision flags a desk works on. */
public enum Flag {
    PAYMENT_OVERDUE,
    TERMINATION_RIGHT,
    /** The agreed handover date has passed and the land is not handed over: the bureau's own delay. */
    HANDOVER_OVERDUE,
    START_MISSED,
    START_BREACH,
    COMPLETION_MISSED,
    COMPLETION_BREACH,
    IDLE_SUSPECTED,
    IDLE_REFERRED,
    IDLE_DETERMINED,
    RECOVERY_ELIGIBLE,
    /** The floor area on record at the completion gives a plot ratio outside the contract's bounds: for the bureau, no damages. */
    PLOT_RATIO_OUT_OF_RANGE,
    /**
     * The last patrol has a photo taken far from its date or from the parcel's location point (PhotoPlausibilityPolicy):
     * the bureau checks that the patrol happened. A later patrol with plausible photos takes the flag down.
     */
    PATROL_REVIEW
}
