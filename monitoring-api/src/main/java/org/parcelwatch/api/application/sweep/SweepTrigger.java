package org.parcelwatch.api.application.sweep;

/** What started a sweep run. */
public enum SweepTrigger {
    /** The daily Quartz trigger (including a missed run fired on start-up). */
    SCHEDULED,
    /** Quartz re-running the daily job of a node that died while running it. */
    RECOVERY,
    /** {@code POST /api/v1/admin/sweeps}. */
    MANUAL
}
