package org.parcelwatch.api.application.admin;

import java.util.List;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.parcelwatch.api.store.axon.EventHistory;
import org.parcelwatch.api.store.rebuild.CopyRows;
import org.parcelwatch.api.store.rebuild.ShadowTables;
import org.parcelwatch.projections.ledger.LedgerRebuild;
import org.parcelwatch.projections.ledger.ParcelLedgerProjection;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The parcel ledger rebuilt beside the live tables (PostgreSQL): the event store is read once, parcel by parcel up to
 * the head at the start, each parcel's history folded by the projection's own code and its rows written once into
 * shadow tables without indexes; then the indexes, then the events that came meanwhile. What is left for the switch
 * ({@link Building#finish}) is the few events since, with the processors stopped.
 */
@Component
public class ShadowRebuild {

    private final EventHistory history;
    private final ShadowTables shadows;
    private final ParcelLedgerProjection ledger;
    private final int parcelsPerBatch;
    private final int gapWindow;

    public ShadowRebuild(EventHistory history, ShadowTables shadows, ParcelLedgerProjection ledger,
                         @Value("${parcelwatch.projections.rebuild.parcels-per-batch:2000}") int parcelsPerBatch,
                         @Value("${parcelwatch.projections.rebuild.gap-window:10000}") int gapWindow) {
        this.history = history;
        this.shadows = shadows;
        this.ledger = ledger;
        this.parcelsPerBatch = parcelsPerBatch;
        this.gapWindow = gapWindow;
    }

    /** Whether {@code projection} is rebuilt this way here; the others are reset and replayed by their processor. */
    boolean handles(String projection) {
        return ParcelLedgerProjection.GROUP.equals(projection) && shadows.supported();
    }

    long head() {
        return history.head();
    }

    /** A rebuild under way: the shadow and the events it holds, as a processor's token would say. */
    final class Building {

        private final ShadowTables.Shadow shadow;
        private GapAwareTrackingToken holds;

        private Building(ShadowTables.Shadow shadow, GapAwareTrackingToken holds) {
            this.shadow = shadow;
            this.holds = holds;
        }

        /** The events stored since the shadow was last written, into it; returns where it stands now. */
        GapAwareTrackingToken catchUp(ReplayProgress.Run run) {
            // taken before reading: an index missing now is an event still to come, read by the next catch-up
            GapAwareTrackingToken next = history.tokenAt(history.head(), gapWindow);
            GapAwareTrackingToken from = holds;
            shadow.write(target -> {
                LedgerRebuild rebuild = ledger.rebuildInto(target, CopyRows.into(target), null);
                history.after(from, events -> {
                    events.forEach(e -> rebuild.add(e.getAggregateIdentifier(), e.getSequenceNumber(), e.getTimestamp(), e.getPayload()));
                    // the fold skips an event a parcel's file holds already (one read again, one past `next`)
                    rebuild.write(false);
                    run.done(events.size(), events.size());
                });
            });
            holds = next;
            return next;
        }

        /**
         * With the processors stopped everywhere: the last events into the shadow, then in one transaction the shadow
         * tables switched in and the processors' tokens set where the shadow's events end ({@code tokens}).
         */
        void finish(ReplayProgress.Run run, Consumer<TrackingToken> tokens) {
            GapAwareTrackingToken token = catchUp(run);
            shadow.switchIn(() -> tokens.accept(token));
        }

        void abandon() {
            shadow.drop();
        }
    }

    /** Builds the shadow tables from every event up to {@code head}, counting on {@code run}. */
    Building build(String projection, long head, ReplayProgress.Run run) {
        ShadowTables.Shadow shadow = shadows.create(projection, LedgerRebuild.TABLES, LedgerRebuild.KEYED_WHILE_WRITTEN);
        GapAwareTrackingToken holds = history.tokenAt(head, gapWindow);
        try {
            shadow.write(target -> {
                LedgerRebuild rebuild = ledger.rebuildInto(target, CopyRows.into(target), null);
                history.byAggregate(head, (List<? extends DomainEventMessage<?>> events) -> {
                    events.forEach(e -> rebuild.add(e.getAggregateIdentifier(), e.getSequenceNumber(), e.getTimestamp(), e.getPayload()));
                    if (rebuild.pending() >= parcelsPerBatch) {
                        rebuild.write(true);
                    }
                    run.done(events.size(), 0);
                });
                rebuild.write(true);
            });
            shadow.buildIndexes();
        } catch (RuntimeException e) {
            shadow.drop();
            throw e;
        }
        return new Building(shadow, holds);
    }
}
