package org.parcelwatch.projections.ledger;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.parcelwatch.monitoring.parcel.InstallmentLedger;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.projections.BusinessDay;
import org.parcelwatch.projections.schedule.ScheduleRepository;
import org.parcelwatch.projections.schedule.ScheduleSync;
import org.parcelwatch.projections.schedule.ScheduledPoint;
import org.springframework.stereotype.Component;

/**
 * The parcel-ledger processing group: folds each event into the parcel's file, then copies the
 * ledger row, its flags, its installments and its monitoring schedule from the fold.
 *
 * <p>The copying is done once per parcel per batch, when the batch commits, not once per event: a
 * parcel's events arrive together in its segment, and a replay of millions of events must not pay a
 * database round trip and a JSON write for each of them.
 */
@Component
@ProcessingGroup(ParcelLedgerProjection.GROUP)
public class ParcelLedgerProjection {

    public static final String GROUP = "parcel-ledger";
    private static final String BATCH = ParcelLedgerProjection.class.getName() + ".batch";

    private final EntityManager entityManager;
    private final ScheduleSync scheduleSync;
    private final ScheduleRepository schedule;
    private final InstallmentRowRepository installments;
    private final Clock clock;

    public ParcelLedgerProjection(EntityManager entityManager, ScheduleSync scheduleSync, ScheduleRepository schedule,
                                  InstallmentRowRepository installments, Clock clock) {
        this.entityManager = entityManager;
        this.scheduleSync = scheduleSync;
        this.schedule = schedule;
        this.installments = installments;
        this.clock = clock;
    }

    /** One parcel's rows while a batch is open. */
    private static final class Work {
        ParcelFile file;
        LedgerEntry entry;
        Map<ScheduledPoint.Key, ScheduledPoint> pending;
        Map<Integer, InstallmentRow> installments;
        java.util.List<ScheduledPoint> newRows = new java.util.ArrayList<>();
        LocalDate nextDueOn;
        boolean newFile;
        Instant lastAt;
        boolean changed;
    }

    @EventHandler
    void on(ParcelEvent event, @SequenceNumber Long sequence, @Timestamp Instant timestamp, UnitOfWork<?> unitOfWork) {
        Map<String, Work> batch = unitOfWork.root().getOrComputeResource(BATCH, key -> {
            // Everything this group writes is written when the batch commits; a query while loading the
            // next parcel must not flush (and dirty-check, and serialise) the whole batch again each time.
            entityManager.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
            Map<String, Work> parcels = new LinkedHashMap<>();
            unitOfWork.root().onPrepareCommit(uow -> parcels.values().forEach(this::copy));
            return parcels;
        });
        Work work = batch.computeIfAbsent(event.parcelId(), this::load);
        if (work.file.fold(event, sequence, timestamp)) {
            work.lastAt = timestamp;
            work.changed = true;
            // The schedule follows every event (in memory, no I/O) so that which points were DONE, and on
            // which day, does not depend on how events fell into batches: a replay gives the same rows.
            ScheduleSync.Change change = scheduleSync.sync(work.file.state(), BusinessDay.of(timestamp, clock), work.pending);
            work.newRows.addAll(change.added());
            work.nextDueOn = change.nextDueOn();
        }
    }

    private Work load(String parcelId) {
        Work work = new Work();
        work.file = entityManager.find(ParcelFile.class, parcelId);
        if (work.file == null) {
            // persisted when the batch commits, with its state: one insert, not an insert and an update
            work.file = new ParcelFile(parcelId);
            work.newFile = true;
        }
        work.entry = entityManager.find(LedgerEntry.class, parcelId);
        work.pending = new HashMap<>();
        work.installments = new HashMap<>();
        if (work.entry != null) {
            schedule.findByParcelIdAndStatus(parcelId, ScheduledPoint.Status.PENDING).forEach(row -> work.pending.put(row.key(), row));
            installments.findByParcelIdOrderByInstallmentNo(parcelId).forEach(row -> work.installments.put(row.getInstallmentNo(), row));
        }
        return work;
    }

    private void copy(Work work) {
        if (!work.changed) {
            return;
        }
        ParcelState state = work.file.state();
        String parcelId = work.file.parcelId();
        LocalDate day = BusinessDay.of(work.lastAt, clock);
        if (work.newFile) {
            entityManager.persist(work.file);
            work.newFile = false;
        }
        work.newRows.forEach(entityManager::persist);
        work.newRows.clear();
        if (work.entry == null) {
            work.entry = new LedgerEntry(parcelId);
            work.entry.copyFrom(state, work.nextDueOn, work.lastAt);
            entityManager.persist(work.entry);
        } else {
            work.entry.copyFrom(state, work.nextDueOn, work.lastAt);
        }
        for (InstallmentLedger installment : state.installments()) {
            InstallmentRow row = work.installments.get(installment.no());
            if (row == null) {
                row = new InstallmentRow(parcelId, installment.no());
                row.copyFrom(installment, state.contract().township(), day);
                entityManager.persist(row);
                work.installments.put(installment.no(), row);
            } else {
                row.copyFrom(installment, state.contract().township(), day);
            }
        }
        work.changed = false;
    }

    @ResetHandler
    void reset() {
        entityManager.createQuery("delete from ScheduledPoint").executeUpdate();
        entityManager.createQuery("delete from InstallmentRow").executeUpdate();
        entityManager.createNativeQuery("delete from parcel_flag").executeUpdate();
        entityManager.createQuery("delete from LedgerEntry").executeUpdate();
        entityManager.createQuery("delete from ParcelFile").executeUpdate();
    }
}
