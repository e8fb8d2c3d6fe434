package org.parcelwatch.projections.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.projections.rebuild.RebuildFold;

/**
 * The parcel-ledger group's fold fed by a rebuild rather than by its processor: events are collected by parcel and
 * folded and written by the projection's own code ({@link ParcelLedgerProjection#write}), a batch of parcels at a
 * time. Fed each parcel's whole history at once into empty tables, every row is written once, not once per event.
 * Not thread-safe: one rebuild, one thread.
 */
public final class LedgerRebuild implements RebuildFold {

    /** The tables the group writes, which a rebuild builds anew. */
    public static final List<String> TABLES = LedgerTables.TABLES;
    /** Tables that need their key while they are written: {@code ledger_count} is upserted (a row per township and stage). */
    public static final List<String> KEYED_WHILE_WRITTEN = List.of("ledger_count");

    private final ParcelLedgerProjection projection;
    private final LedgerTables tables;
    private Map<String, List<ParcelLedgerProjection.Received>> batch = new LinkedHashMap<>();

    LedgerRebuild(ParcelLedgerProjection projection, LedgerTables tables) {
        this.projection = projection;
        this.tables = tables;
    }

    /** Takes one event; a parcel's events must come in their order. Events of other aggregates are ignored. */
    @Override
    public void add(String aggregateId, long sequence, Instant timestamp, Object payload) {
        if (payload instanceof ParcelEvent event) {
            batch.computeIfAbsent(event.parcelId(), id -> new ArrayList<>())
                    .add(new ParcelLedgerProjection.Received(event, sequence, timestamp));
        }
    }

    @Override
    public int pending() {
        return batch.size();
    }

    /**
     * Folds and writes what was collected. {@code fresh}: the tables hold none of these parcels and each parcel's
     * history is whole, so nothing is read before writing; otherwise the stored rows are read and folded on, and
     * events folded before are skipped (by sequence), as the processor does.
     */
    @Override
    public void write(boolean fresh) {
        if (!batch.isEmpty()) {
            projection.write(tables, batch, fresh);
            batch = new LinkedHashMap<>();
        }
    }
}
