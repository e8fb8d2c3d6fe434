package org.parcelwatch.api.application.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The auditor's replay (DESIGN §4, {@code GET /parcels/{id}/state}): a parcel rebuilt from its raw events, from
 * sequence 0 and never from a snapshot, up to an instant or a sequence number.
 */
@Service
public class ParcelAsOf {

    private final ParcelHistory history;
    private final Clock clock;

    public ParcelAsOf(ParcelHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The parcel as it stood: the detail view of the fold of its events up to the instant or sequence. */
    public record AsOfState(String parcelId, Instant asOf, LocalDate asOfDate, long lastSequence, int eventsFolded,
                            ParcelDetail parcel) {
    }

    /**
     * @param asOf a date (the end of that day in the business zone) or an ISO instant; now when both are null
     * @param asOfSequence the last sequence number to fold, instead of {@code asOf}
     */
    public AsOfState asOf(String parcelId, String asOf, Long asOfSequence) {
        if (asOf != null && asOfSequence != null) {
            throw AuditProblem.badRequest("give asOf or asOfSequence, not both");
        }
        if (asOfSequence != null && asOfSequence < 0) {
            throw AuditProblem.badRequest("asOfSequence must not be negative");
        }
        Instant until = asOf == null ? clock.instant() : parseInstant(asOf);
        List<DomainEventMessage<?>> events = history.readAll(parcelId);
        if (events.isEmpty() || !ParcelHistory.PARCEL_STREAM.equals(events.get(0).getType())) {
            // a stream of another kind (a complaint about an address) has no parcel state to fold
            throw AuditProblem.parcelNotFound(parcelId);
        }
        ParcelState state = new ParcelState();
        long last = -1;
        int folded = 0;
        Instant lastAt = null;
        for (DomainEventMessage<?> event : events) {
            boolean included = asOfSequence != null ? event.getSequenceNumber() <= asOfSequence
                    : !event.getTimestamp().isAfter(until);
            if (!included) {
                break;
            }
            try {
                state.apply((ParcelEvent) event.getPayload());
            } catch (RuntimeException unreadable) {
                throw new AuditProblem(HttpStatus.CONFLICT, "HISTORY_UNREADABLE", "event "
                        + event.getSequenceNumber() + " of parcel " + parcelId + " cannot be read: run the integrity check");
            }
            last = event.getSequenceNumber();
            lastAt = event.getTimestamp();
            folded++;
        }
        if (folded == 0) {
            throw new AuditProblem(HttpStatus.NOT_FOUND, "PARCEL_NOT_FOUND",
                    "parcel " + parcelId + " was not yet registered at " + (asOf != null ? asOf : "sequence " + asOfSequence));
        }
        Instant effective = asOfSequence != null ? lastAt : until;
        LocalDate day = LocalDate.ofInstant(effective, clock.getZone());
        return new AsOfState(parcelId, effective, day, last, folded, ParcelDetail.of(state, day));
    }

    /** A date means the end of that day in the business zone; anything else must be an ISO instant. */
    private Instant parseInstant(String value) {
        try {
            if (value.length() == 10) {
                return LocalDate.parse(value).plusDays(1).atStartOfDay(clock.getZone()).toInstant().minusNanos(1);
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw AuditProblem.badRequest("asOf must be a date (YYYY-MM-DD) or an ISO instant, not '" + value + "'");
        }
    }
}
