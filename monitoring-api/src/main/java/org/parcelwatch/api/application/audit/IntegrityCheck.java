package org.parcelwatch.api.application.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventMessage;
import org.parcelwatch.monitoring.audit.AuditMetadata;
import org.parcelwatch.monitoring.audit.EventHash;
import org.springframework.stereotype.Service;

/**
 * Recomputes a parcel's hash chain from the stored events and reports the first link that does not
 * hold: a payload edited in the database, an event removed or reordered, or a hash rewritten.
 */
@Service
public class IntegrityCheck {

    private static final int PARCELS_PER_BATCH = 500;

    private final ParcelHistory history;

    public IntegrityCheck(ParcelHistory history) {
        this.history = history;
    }

    /** The first broken link of a parcel's chain. */
    public record BrokenLink(String parcelId, long sequence, String eventType, String reason, String storedHash,
                             String expectedHash) {
    }

    public record Report(boolean intact, int parcelsChecked, long eventsChecked, List<BrokenLink> brokenLinks) {
    }

    public Report parcel(String parcelId) {
        List<DomainEventMessage<?>> events = history.readAll(parcelId);
        if (events.isEmpty()) {
            throw AuditProblem.parcelNotFound(parcelId);
        }
        BrokenLink broken = verify(parcelId, events);
        return new Report(broken == null, 1, events.size(), broken == null ? List.of() : List.of(broken));
    }

    public Report all() {
        List<BrokenLink> broken = new ArrayList<>();
        int parcels = 0;
        long events = 0;
        String after = "";
        List<String> batch;
        do {
            batch = history.parcelIds(after, PARCELS_PER_BATCH);
            for (String parcelId : batch) {
                List<DomainEventMessage<?>> chain = history.readAll(parcelId);
                parcels++;
                events += chain.size();
                BrokenLink link = verify(parcelId, chain);
                if (link != null) {
                    broken.add(link);
                }
                after = parcelId;
            }
        } while (batch.size() == PARCELS_PER_BATCH);
        return new Report(broken.isEmpty(), parcels, events, broken);
    }

    static BrokenLink verify(String parcelId, List<DomainEventMessage<?>> events) {
        String previous = EventHash.GENESIS;
        long expectedSequence = 0;
        for (DomainEventMessage<?> event : events) {
            String type = event.getPayloadType().getName();
            String stored = (String) event.getMetaData().get(AuditMetadata.HASH);
            if (event.getSequenceNumber() != expectedSequence) {
                return new BrokenLink(parcelId, event.getSequenceNumber(), type,
                        "sequence " + expectedSequence + " is missing", stored, null);
            }
            String recordedPrevious = (String) event.getMetaData().get(AuditMetadata.PREVIOUS_HASH);
            if (!Objects.equals(recordedPrevious, previous)) {
                return new BrokenLink(parcelId, event.getSequenceNumber(), type,
                        "the recorded previous hash does not match the previous event", stored, null);
            }
            String expected;
            try {
                expected = EventHash.of(previous, parcelId, event.getSequenceNumber(), type,
                        EventHash.canonical(event.getPayload()));
            } catch (RuntimeException unreadable) {
                return new BrokenLink(parcelId, event.getSequenceNumber(), type,
                        "the stored payload cannot be read: " + unreadable.getMessage(), stored, null);
            }
            if (!expected.equals(stored)) {
                return new BrokenLink(parcelId, event.getSequenceNumber(), type,
                        "the stored event does not match its hash: payload or hash altered", stored, expected);
            }
            previous = stored;
            expectedSequence++;
        }
        return null;
    }
}
