package org.parcelwatch.monitoring.sweep;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.parcelwatch.monitoring.notice.NoticeDraft;
import org.parcelwatch.monitoring.parcel.ParcelEvent;

/**
 * A date on which a rule will act on the parcel unless something happens first, and what it does then.
 * A point fires on any day from {@code firesOn} to {@code lapsesAfter} (open-ended when null): a late
 * sweep still catches it up; a reminder whose due date has passed lapses and the overdue rule takes over.
 */
public record DuePoint(String rule, String subject, LocalDate firesOn, LocalDate lapsesAfter,
                       Function<LocalDate, Outcome> action) {

    /** Events to apply, then notices to number and issue. */
    public record Outcome(List<ParcelEvent> events, List<NoticeDraft> notices) {

        public static Outcome of(ParcelEvent event) {
            return new Outcome(List.of(event), List.of());
        }

        public static Outcome of(NoticeDraft notice) {
            return new Outcome(List.of(), List.of(notice));
        }

        public static Outcome of(ParcelEvent event, NoticeDraft notice) {
            return new Outcome(List.of(event), List.of(notice));
        }
    }

    public boolean isDueOn(LocalDate asOf) {
        return !asOf.isBefore(firesOn) && (lapsesAfter == null || !asOf.isAfter(lapsesAfter));
    }
}
