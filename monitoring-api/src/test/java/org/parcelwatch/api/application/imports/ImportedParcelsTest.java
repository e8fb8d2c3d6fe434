package org.parcelwatch.api.application.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.notice.NoticeIssued;
import org.parcelwatch.monitoring.notice.NoticeWording;
import org.parcelwatch.monitoring.parcel.PenaltyRates;
import org.parcelwatch.monitoring.parcel.SupervisionSettings;
import org.parcelwatch.monitoring.registration.Installment;
import org.parcelwatch.monitoring.registration.LandUser;
import org.parcelwatch.monitoring.registration.ParcelRegistered;
import org.parcelwatch.monitoring.registration.PlotRatio;
import org.parcelwatch.monitoring.registration.SupplyMethod;

/**
 * An import folds the events of the parcels it registered, as they are stored, and knows from them which is due
 * when: installment 1 falls due on 2024-03-01, so its reminder is due from 2024-01-31 (30 days before).
 */
class ImportedParcelsTest {

    private static final LocalDate REMINDER = LocalDate.of(2024, 1, 31);

    private final InMemoryEventStorageEngine store = new InMemoryEventStorageEngine();

    @Test
    void theParcelsItRegisteredAreDueOnTheirRulesDays() {
        store.appendEvents(registered("1305302024B00001"));
        ImportedParcels parcels = new ImportedParcels(store, SupervisionSettings.defaults());
        store.appendEvents(registered("1305302024B00003"), registered("1305302024B00002"));
        parcels.adopt("1305302024B00003");
        parcels.adopt("1305302024B00002");

        List<? extends EventMessage<?>> stored = parcels.readNew();

        assertThat(stored).extracting(m -> ((ParcelRegistered) m.getPayload()).parcelId())
                .as("what was stored before the import began is not read")
                .containsExactly("1305302024B00003", "1305302024B00002");
        assertThat(parcels.readNew()).as("each event is read once").isEmpty();
        assertThat(parcels.dueBy(REMINDER.minusDays(1))).isEmpty();
        assertThat(parcels.dueBy(REMINDER)).containsExactly("1305302024B00002", "1305302024B00003");
    }

    @Test
    void theParcelsOfOthersAreReadButNotFolded() {
        ImportedParcels parcels = new ImportedParcels(store, SupervisionSettings.defaults());
        store.appendEvents(registered("1305302024B00004"));

        assertThat(parcels.readNew()).hasSize(1);
        assertThat(parcels.dueBy(REMINDER.plusYears(5))).isEmpty();
        assertThat(parcels.nextDueAfter(REMINDER)).as("nothing pending").isNull();
    }

    @Test
    void theNextDayARuleCanActIsItsDayOrTomorrowWhenItIsOverdue() {
        ImportedParcels parcels = new ImportedParcels(store, SupervisionSettings.defaults());
        store.appendEvents(registered("1305302024B00005"));
        parcels.adopt("1305302024B00005");
        parcels.readNew();

        assertThat(parcels.nextDueAfter(LocalDate.of(2024, 1, 10))).isEqualTo(REMINDER);
        assertThat(parcels.nextDueAfter(REMINDER)).isEqualTo(REMINDER.plusDays(1));
    }

    @Test
    void aParcelAnEarlierRunRegisteredIsFoldedFromWhatIsStoredAndNotTwice() {
        store.appendEvents(registered("1305302024B00006"));
        ImportedParcels parcels = new ImportedParcels(store, SupervisionSettings.defaults());
        parcels.resume("1305302024B00006");

        assertThat(parcels.dueBy(REMINDER)).as("stored before the import began, yet its own").containsExactly("1305302024B00006");
        store.appendEvents(reminderIssued("1305302024B00006"));
        assertThat(parcels.readNew()).hasSize(1);
        assertThat(parcels.dueBy(REMINDER)).as("the reminder is issued").isEmpty();
    }

    private static GenericDomainEventMessage<NoticeIssued> reminderIssued(String parcelId) {
        return new GenericDomainEventMessage<>("Parcel", parcelId, 1, NoticeWording.paymentReminder(
                "Xinhe bearing plant", 1, LocalDate.of(2024, 3, 1), new BigDecimal("1000000.00"), REMINDER)
                .issue(parcelId, 1));
    }

    private static GenericDomainEventMessage<ParcelRegistered> registered(String parcelId) {
        ParcelRegistered event = new ParcelRegistered(parcelId, "XH-CR-2024-017", "130530105017", SupplyMethod.LISTING,
                "Xinhe bearing plant", new LandUser("Xinhe Bearing Co., Ltd.", "91130530MA0CX0XU3B"), "east of Xinhe Road",
                "Xinhe town", "130530", new BigDecimal("20000.00"), "INDUSTRIAL", 50, new BigDecimal("1000000.00"),
                LocalDate.of(2024, 2, 1), List.of(new Installment(1, LocalDate.of(2024, 3, 1), new BigDecimal("1000000.00"))),
                LocalDate.of(2024, 4, 1), LocalDate.of(2024, 10, 1), LocalDate.of(2026, 10, 1),
                new PlotRatio(BigDecimal.ONE, new BigDecimal("2.0")), new BigDecimal("30000.0"),
                new BigDecimal("60000000.00"), PenaltyRates.statutoryDefaults(), List.of(), null, List.of());
        return new GenericDomainEventMessage<>("Parcel", parcelId, 0, event);
    }
}
