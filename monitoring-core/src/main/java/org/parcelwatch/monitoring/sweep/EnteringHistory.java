package org.parcelwatch.monitoring.sweep;

import org.axonframework.messaging.MetaData;

/**
 * The metadata flag of a command that enters a parcel's past rather than today's news (issue 20): an import, or a
 * desk catching up a paper file (补录历史), registers the parcel and then records, event by event, the payments,
 * notices and dates that followed. A registration (or a change of dates) checks the parcel's due points at once,
 * as the nightly sweep would; in history mode it does not, because the history about to be entered may already hold
 * what the check would fire (a payment made before the due date, a notice the bureau sent on paper). The sweep
 * that follows, or the import's own nights, then fire what is still due.
 */
public final class EnteringHistory {

    /** The metadata key; its value is {@code true} (or the string {@code "true"}) in history mode. */
    public static final String KEY = "enteringHistory";

    private EnteringHistory() {
    }

    /** The metadata that puts a command in history mode. */
    public static MetaData on() {
        return MetaData.with(KEY, Boolean.TRUE);
    }

    /** The metadata of a command that enters history when {@code enteringHistory}, else none. */
    public static MetaData when(boolean enteringHistory) {
        return enteringHistory ? on() : MetaData.emptyInstance();
    }

    /** Whether a command's metadata value (absent: null) asks for history mode. */
    public static boolean isOn(Object value) {
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }
}
