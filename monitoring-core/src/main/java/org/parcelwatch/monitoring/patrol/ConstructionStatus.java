package org.parcelwatch.monitoring.patrol;

/** What the patrol found on site. */
public enum ConstructionStatus {
    NOT_STARTED,
    UNDER_CONSTRUCTION,
    /** 停工 / 中止开发建设 */
    SUSPENDED,
    COMPLETED
}
