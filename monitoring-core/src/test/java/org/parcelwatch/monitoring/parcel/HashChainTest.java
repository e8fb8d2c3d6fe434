package org.parcelwatch.monitoring.parcel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parcelwatch.monitoring.SampleContract.PARCEL_ID;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.SampleContract;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.EventHash;
import org.parcelwatch.monitoring.registration.ParcelRegistered;

/** Each applied event carries its hash and the previous one, chained from the genesis hash. */
class HashChainTest extends ParcelFixture {

    @Test
    void theRegistrationIsChainedToGenesis() {
        List<EventMessage<?>> published = new ArrayList<>();
        fixture.givenNoPriorActivity()
                .when(SampleContract.register())
                .expectEventsMatching(capture(published));
        EventMessage<?> registered = published.get(0);
        assertThat(registered.getMetaData().get(AuditMetadata.PREVIOUS_HASH)).isEqualTo(EventHash.GENESIS);
        assertThat(registered.getMetaData().get(AuditMetadata.HASH))
                .isEqualTo(EventHash.of(EventHash.GENESIS, PARCEL_ID, 0, registered.getPayload()));
    }

    @Test
    void aSweepsEventsChainOneAfterTheOther() {
        ParcelRegistered registered = SampleContract.registered();
        String firstHash = EventHash.of(EventHash.GENESIS, PARCEL_ID, 0, registered);
        List<EventMessage<?>> published = new ArrayList<>();
        fixture.given(List.of(new org.axonframework.eventhandling.GenericDomainEventMessage<>("Parcel", PARCEL_ID, 0,
                        registered, org.axonframework.messaging.MetaData.with(AuditMetadata.HASH, firstHash))))
                .when(sweepOn("2024-06-01"))
                .expectEventsMatching(capture(published));
        // two installments overdue with their urge notices, and the handover overdue
        assertThat(published).hasSize(5);
        String previous = firstHash;
        for (int i = 0; i < published.size(); i++) {
            EventMessage<?> event = published.get(i);
            assertThat(event.getMetaData().get(AuditMetadata.PREVIOUS_HASH)).isEqualTo(previous);
            String expected = EventHash.of(previous, PARCEL_ID, i + 1, event.getPayload());
            assertThat(event.getMetaData().get(AuditMetadata.HASH)).isEqualTo(expected);
            previous = expected;
        }
    }
}
