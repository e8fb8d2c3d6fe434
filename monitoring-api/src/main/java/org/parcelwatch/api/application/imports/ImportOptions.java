package org.parcelwatch.api.application.imports;

import java.time.LocalDate;

/**
 * How an import runs.
 *
 * @param actor        the user the commands are sent for (audit metadata {@code actor})
 * @param role         the role they act in (audit metadata {@code role})
 * @param advanceClock where the business clock is adjustable, move it forward through the records' days after
 *                     today, sweeping each day (the demo, the startup loader); otherwise actions dated after
 *                     today are skipped
 * @param rewindClock  on an empty event store, first try to move the adjustable clock back to the first day of
 *                     the records, so that the whole story is simulated rather than entered as history
 * @param until        the last business day to apply and sweep; null: the end of the files' periods (or their
 *                     last dated action, whichever is later)
 * @param timeline     keep the timeline lines in the report
 */
public record ImportOptions(String actor, String role, boolean advanceClock, boolean rewindClock, LocalDate until,
                            boolean timeline) {

    /** An import of history as of today: nothing after today, the clock left alone. */
    public static ImportOptions asOfToday(String actor, String role) {
        return new ImportOptions(actor, role, false, false, null, false);
    }

    /** The demo and the startup loader: simulate the files' whole period, day by day. */
    public static ImportOptions simulate(String actor, String role) {
        return new ImportOptions(actor, role, true, true, null, true);
    }

    public ImportOptions withTimeline(boolean keep) {
        return new ImportOptions(actor, role, advanceClock, rewindClock, until, keep);
    }

    public ImportOptions withUntil(LocalDate last) {
        return new ImportOptions(actor, role, advanceClock, rewindClock, last, timeline);
    }
}
