package org.parcelwatch.api.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.store.axon.DeadLetterCapacity;

/** What a rebuild sets aside fits the queue it replaces: as many parcels and letters of one as it holds, not one more. */
class RebuildDeadLettersTest {

    private static final String NOTICES = "notices";
    private static final RuntimeException REFUSED = new IllegalArgumentException("invalid byte sequence for encoding \"UTF8\": 0x00");

    private final RebuildDeadLetters setAside = new RebuildDeadLetters(new DeadLetterCapacity(2, 3));

    @Test
    void asManyParcelsAsTheQueueHoldsAreSetAsideAndOneMoreStopsTheRebuild() {
        setAside.setAside(NOTICES, "P-1", events("P-1", 4, 1), REFUSED);
        setAside.setAside(NOTICES, "P-2", events("P-2", 0, 3), REFUSED);
        setAside.setAside("parcel-ledger", "P-3", events("P-3", 0, 1), REFUSED); // each projection has its own queue

        assertThatThrownBy(() -> setAside.setAside(NOTICES, "P-3", events("P-3", 0, 1), REFUSED))
                .isInstanceOf(RebuildDeadLetters.Overflow.class)
                .hasMessageContaining("rebuild of notices stopped: setting parcel P-3 aside would make 3 parcels set aside")
                .hasMessageContaining("(2, " + DeadLetterCapacity.MAX_PARCELS + ")")
                .hasMessageContaining("0x00");
        assertThat(setAside.of(NOTICES)).extracting(RebuildDeadLetters.Sequence::parcelId).containsExactlyInAnyOrder("P-1", "P-2");
        assertThatThrownBy(() -> setAside.setAside(NOTICES, "P-1", events("P-1", 4, 1), REFUSED))
                .isNotInstanceOf(RebuildDeadLetters.Overflow.class).hasMessageContaining("set aside in notices already");
    }

    @Test
    void asManyLettersOfAParcelAsTheQueueHoldsAreSetAsideAndOneMoreStopsTheRebuild() {
        setAside.setAside(NOTICES, "P-1", events("P-1", 4, 2), REFUSED);
        setAside.queueBehind(NOTICES, "P-1", events("P-1", 5, 2)); // the 5th read again by a catch-up: held once
        assertThat(setAside.of(NOTICES).get(0).events()).extracting(DomainEventMessage::getSequenceNumber)
                .containsExactly(4L, 5L, 6L);

        assertThatThrownBy(() -> setAside.queueBehind(NOTICES, "P-1", events("P-1", 7, 1)))
                .isInstanceOf(RebuildDeadLetters.Overflow.class)
                .hasMessageContaining("parcel P-1 would have 4 events set aside")
                .hasMessageContaining("(3, " + DeadLetterCapacity.MAX_EVENTS_PER_PARCEL + ")");
        assertThatThrownBy(() -> setAside.setAside(NOTICES, "P-2", events("P-2", 0, 4), REFUSED))
                .isInstanceOf(RebuildDeadLetters.Overflow.class).hasMessageContaining("parcel P-2 would have 4 events");
        assertThat(setAside.holds(NOTICES, "P-2")).isFalse();
    }

    private static List<DomainEventMessage<?>> events(String parcelId, long from, int count) {
        return LongStream.range(from, from + count)
                .<DomainEventMessage<?>>mapToObj(sequence -> new GenericDomainEventMessage<>("Parcel", parcelId, sequence, "event"))
                .toList();
    }
}
