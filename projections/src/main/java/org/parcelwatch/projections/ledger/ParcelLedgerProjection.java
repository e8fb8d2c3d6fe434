package org.parcelwatch.projections.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.parcelwatch.monitoring.parcel.Flag;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.parcel.Stage;
import org.parcelwatch.monitoring.registration.LandUserDefault;
import org.parcelwatch.projections.BusinessDay;
import org.parcelwatch.projections.UnitOfWorkBatch;
import org.parcelwatch.projections.jdbc.RowInserts;
import org.parcelwatch.projections.landuser.LandUserDefaultRows;
import org.parcelwatch.projections.rebuild.Histories;
import org.parcelwatch.projections.rebuild.RebuildableProjection;
import org.parcelwatch.projections.schedule.ScheduleSync;
import org.parcelwatch.projections.schedule.ScheduledPoint;
import org.springframework.stereotype.Component;

/**
 * The parcel-ledger processing group: folds each event into the parcel's file, then copies the
 * ledger row, its flags, its installments, its monitoring schedule and its open defaults on the land user's record
 * (诚信档案) from the fold.
 *
 * <p>The handler only collects: a batch's events are folded when it commits, after one read of the
 * batch's parcel files and pending schedule rows, and each table is written with one batched statement
 * per kind of write ({@link LedgerTables}). A replay of millions of events must not pay database round
 * trips per event, nor per parcel.
 */
@Component
@ProcessingGroup(ParcelLedgerProjection.GROUP)
public class ParcelLedgerProjection implements RebuildableProjection {

    public static final String GROUP = "parcel-ledger";

    private final LedgerTables tables;
    private final ScheduleSync scheduleSync;
    private final Clock clock;
    /** A batch's events by parcel, parcels in the order they came. */
    private final UnitOfWorkBatch<Map<String, List<Received>>> batches =
            new UnitOfWorkBatch<>(ParcelLedgerProjection.class, LinkedHashMap::new, this::writeLive);

    ParcelLedgerProjection(LedgerTables tables, ScheduleSync scheduleSync, Clock clock) {
        this.tables = tables;
        this.scheduleSync = scheduleSync;
        this.clock = clock;
    }

    /** An event as the handler received it. */
    record Received(ParcelEvent event, long sequence, Instant timestamp) {
    }

    @EventHandler
    void on(ParcelEvent event, @SequenceNumber Long sequence, @Timestamp Instant timestamp, UnitOfWork<?> unitOfWork) {
        batches.of(unitOfWork).computeIfAbsent(event.parcelId(), id -> new ArrayList<>())
                .add(new Received(event, sequence, timestamp));
    }

    private void writeLive(Map<String, List<Received>> batch) {
        write(tables, batch, false);
    }

    /**
     * Folds a batch's events by parcel and writes the rows. {@code fresh}: the tables hold none of these parcels (a
     * rebuild into empty tables that has each parcel's whole history in one batch), so nothing is read first.
     */
    void write(LedgerTables tables, Map<String, List<Received>> batch, boolean fresh) {
        Map<String, ParcelFile> files = fresh ? Map.of() : tables.files(batch.keySet());
        Map<String, List<ScheduledPoint>> pending = files.isEmpty() ? Map.of() : tables.pendingPoints(files.keySet());
        List<LedgerTables.Change> changes = new ArrayList<>(batch.size());
        batch.forEach((parcelId, events) -> {
            LedgerTables.Change change = fold(parcelId, files.get(parcelId), pending.getOrDefault(parcelId, List.of()), events);
            if (change != null) {
                changes.add(change);
            }
        });
        tables.write(changes);
    }

    /** One parcel's events of the batch folded into its file; null when all were folded before. */
    private LedgerTables.Change fold(String parcelId, ParcelFile stored, List<ScheduledPoint> loadedPoints, List<Received> events) {
        ParcelFile file = stored == null ? ParcelFile.empty(parcelId) : stored;
        // The rows as they stand: the last copy wrote exactly the fold's flags and installments.
        ParcelState before = file.state();
        // the state is folded in place: what it was must be read now
        Stage stageBefore = before.stage();
        Set<Flag> flagsBefore = before.flags().isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(before.flags());
        Map<Integer, List<Object>> installmentsBefore = LedgerTables.installmentRows(before,
                file.updatedAt() == null ? null : BusinessDay.of(file.updatedAt(), clock));
        List<LandUserDefault> defaultsBefore = LandUserDefaultRows.of(before);

        Map<ScheduledPoint.Key, ScheduledPoint> points = new HashMap<>();
        loadedPoints.forEach(point -> points.put(point.key(), point));
        List<ScheduledPoint> added = new ArrayList<>();
        List<LedgerTables.Fact> facts = new ArrayList<>();
        LocalDate nextDueOn = null;
        Instant lastAt = null;
        for (Received received : events) {
            if (file.fold(received.event(), received.sequence(), received.timestamp())) {
                lastAt = received.timestamp();
                LedgerTables.Fact.of(received.event(), received.sequence()).ifPresent(facts::add);
                // The schedule follows every event (in memory) so that which points were DONE, and on which
                // day, does not depend on how events fell into batches: a replay gives the same rows.
                ScheduleSync.Change change = scheduleSync.sync(file.state(), BusinessDay.of(lastAt, clock), points);
                added.addAll(change.added());
                nextDueOn = change.nextDueOn();
            }
        }
        if (lastAt == null) {
            return null;
        }
        return new LedgerTables.Change(file, stored == null, stageBefore, flagsBefore, installmentsBefore, defaultsBefore,
                added, loadedPoints, nextDueOn, BusinessDay.of(lastAt, clock), facts);
    }

    /**
     * The same fold and writes, fed by a rebuild instead of the processor, into the tables {@code target} reaches (a
     * connection whose search path names the shadow tables); new rows go to {@code inserts} (on PostgreSQL a COPY).
     */
    @Override
    public LedgerRebuild rebuildInto(javax.sql.DataSource target, RowInserts inserts, Histories histories) {
        return new LedgerRebuild(this, new LedgerTables(target, new LandUserDefaultRows(target, inserts), inserts));
    }

    @Override
    public String group() {
        return GROUP;
    }

    @Override
    public List<String> tables() {
        return LedgerRebuild.TABLES;
    }

    @Override
    public List<String> keyedWhileWritten() {
        return LedgerRebuild.KEYED_WHILE_WRITTEN;
    }

    @ResetHandler
    void reset() {
        tables.clear();
    }
}
