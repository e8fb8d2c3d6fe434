package org.parcelwatch.projections.ledger;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.parcelwatch.monitoring.parcel.InstallmentLedger;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.monitoring.payment.InstallmentOverdue;
import org.parcelwatch.monitoring.payment.PaymentReceived;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.projections.BusinessDay;
import org.parcelwatch.projections.schedule.ScheduleSync;
import org.springframework.stereotype.Component;

/**
 * The parcel-ledger processing group: folds each event into the parcel's file, then copies the
 * ledger row, its flags, its installments and its monitoring schedule from the fold.
 */
@Component
@ProcessingGroup(ParcelLedgerProjection.GROUP)
public class ParcelLedgerProjection {

    public static final String GROUP = "parcel-ledger";

    private final EntityManager entityManager;
    private final ScheduleSync scheduleSync;
    private final InstallmentRowRepository installments;
    private final Clock clock;

    public ParcelLedgerProjection(EntityManager entityManager, ScheduleSync scheduleSync,
                                  InstallmentRowRepository installments, Clock clock) {
        this.entityManager = entityManager;
        this.scheduleSync = scheduleSync;
        this.installments = installments;
        this.clock = clock;
    }

    @EventHandler
    void on(ParcelEvent event, @SequenceNumber Long sequence, @Timestamp Instant timestamp) {
        ParcelFile file = entityManager.find(ParcelFile.class, event.parcelId());
        if (file == null) {
            file = new ParcelFile(event.parcelId());
            entityManager.persist(file);
        }
        if (!file.fold(event, sequence, timestamp)) {
            return;
        }
        ParcelState state = file.state();
        LocalDate day = BusinessDay.of(timestamp, clock);
        LocalDate nextDueOn = scheduleSync.sync(state, day);

        LedgerEntry entry = entityManager.find(LedgerEntry.class, event.parcelId());
        if (entry == null) {
            entry = new LedgerEntry(event.parcelId());
            entry.copyFrom(state, nextDueOn, timestamp);
            entityManager.persist(entry);
        } else {
            entry.copyFrom(state, nextDueOn, timestamp);
        }

        if (event instanceof ParcelRegistered || event instanceof PaymentReceived || event instanceof InstallmentOverdue) {
            copyInstallments(state, day);
        }
    }

    private void copyInstallments(ParcelState state, LocalDate day) {
        Map<Integer, InstallmentRow> rows = new HashMap<>();
        installments.findByParcelIdOrderByInstallmentNo(state.parcelId()).forEach(row -> rows.put(row.getInstallmentNo(), row));
        for (InstallmentLedger installment : state.installments()) {
            InstallmentRow row = rows.get(installment.no());
            if (row == null) {
                row = new InstallmentRow(state.parcelId(), installment.no());
                row.copyFrom(installment, state.contract().township(), day);
                entityManager.persist(row);
            } else {
                row.copyFrom(installment, state.contract().township(), day);
            }
        }
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
