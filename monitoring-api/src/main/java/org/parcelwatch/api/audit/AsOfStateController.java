package org.parcelwatch.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.parcelwatch.monitoring.parcel.ParcelEvent;
import org.parcelwatch.monitoring.parcel.ParcelState;
import org.parcelwatch.projections.ledger.ParcelDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/parcels/{parcelId}/state")
@Tag(name = "Audit")
public class AsOfStateController {

    private final ParcelHistory history;
    private final Clock clock;

    public AsOfStateController(ParcelHistory history, Clock clock) {
        this.history = history;
        this.clock = clock;
    }

    /** The parcel as it stood: the detail view of the fold of its events up to the instant or sequence. */
    public record AsOfState(String parcelId, Instant asOf, LocalDate asOfDate, long lastSequence, int eventsFolded,
                            ParcelDetail parcel) {
    }

    @GetMapping
    @Operation(summary = "The parcel rebuilt from its raw events up to an instant or a sequence",
            description = "Folds the events from sequence 0 (never a snapshot) recorded up to `asOf` — a date "
                    + "(YYYY-MM-DD, meaning the end of that day in the business zone) or an ISO instant — or up to and "
                    + "including `asOfSequence`. Stage, installments, milestones, flags, damages as of that day and notices "
                    + "as they stood. Without either parameter: now.")
    public AsOfState asOf(@PathVariable String parcelId,
                          @Parameter(example = "2025-10-02") @RequestParam(required = false) String asOf,
                          @Parameter(example = "12") @RequestParam(required = false) Long asOfSequence) {
        if (asOf != null && asOfSequence != null) {
            throw AuditProblem.badRequest("give asOf or asOfSequence, not both");
        }
        if (asOfSequence != null && asOfSequence < 0) {
            throw AuditProblem.badRequest("asOfSequence must not be negative");
        }
        Instant until = asOf == null ? clock.instant() : parseInstant(asOf);
        List<DomainEventMessage<?>> events = history.readAll(parcelId);
        if (events.isEmpty()) {
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
                throw new AuditProblem(org.springframework.http.HttpStatus.CONFLICT, "HISTORY_UNREADABLE", "event "
                        + event.getSequenceNumber() + " of parcel " + parcelId + " cannot be read: run the integrity check");
            }
            last = event.getSequenceNumber();
            lastAt = event.getTimestamp();
            folded++;
        }
        if (folded == 0) {
            throw new AuditProblem(org.springframework.http.HttpStatus.NOT_FOUND, "PARCEL_NOT_FOUND",
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
