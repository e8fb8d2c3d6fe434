package org.parcelwatch.monitoring.parcel;

/** Stable codes of refused commands; the API turns them into problem codes and HTTP statuses. */
public enum RuleCode {
    /** The contract terms do not hold together (sum, dates, credit code...). */
    INVALID_CONTRACT_TERMS,
    /** Input that is wrong whatever the parcel's state (dates in the future, non-positive amounts). */
    INVALID_INPUT,
    /** The command does not fit the parcel's current state (e.g. completion before start). */
    ILLEGAL_STATE,
    /** A supervision rule refuses it (e.g. recovery before two years of idleness). */
    RULE_VIOLATION,
    /** A notice number the parcel never issued. */
    NOTICE_NOT_FOUND,
    /** A complaint id the parcel has no complaint of. */
    COMPLAINT_NOT_FOUND,
    /** A working-day deadline falls in a year with no holiday calendar on record: never guessed. */
    WORKING_DAY_CALENDAR_MISSING
}
