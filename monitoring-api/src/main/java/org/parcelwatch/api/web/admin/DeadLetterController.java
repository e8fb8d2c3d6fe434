package org.parcelwatch.api.web.admin;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parcelwatch.api.application.admin.DeadLetterAdmin;
import org.parcelwatch.api.application.forms.ParcelId;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The projections' dead-letter queues (ADMIN): what each projection could not handle, to retry or evict. */
@RestController
@RequestMapping("/api/v1/admin/dead-letters")
@Tag(name = "Admin", description = "Sweeps, projection rebuilds and the demo clock (ADMIN)")
public class DeadLetterController {

    private final DeadLetterAdmin deadLetters;

    public DeadLetterController(DeadLetterAdmin deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    @Operation(summary = "Events a projection failed on, waiting with their parcel's later events",
            description = "Per projection, per parcel, in the order they will be handled: the event, when it was queued "
                    + "and last tried, the failure and how often a retry failed. Any letter means the projection lacks "
                    + "those events (the parcel's rows stand as before its first letter); every other parcel is projected. "
                    + "maxParcels: the parcels a queue holds at most; at that many the projection stops at the next event "
                    + "it cannot handle, until letters are retried or evicted.")
    public DeadLetterAdmin.Listing list(@Parameter(description = "one projection: parcel-ledger, notices, breach-register, "
            + "idle-referrals, field-work") @RequestParam(required = false) String projection) {
        return deadLetters.list(projection);
    }

    @PostMapping("/{projection}/{parcelId}/retry")
    @Operation(summary = "Handle a parcel's dead letters again, in order",
            description = "After what failed was fixed. Each letter is handled alone; one that fails again stays, with "
                    + "its new failure, and so do the letters behind it. 404 DEAD_LETTERS_NOT_FOUND when there are none.")
    public DeadLetterAdmin.Retry retry(@PathVariable String projection, @PathVariable @ParcelId String parcelId) {
        return deadLetters.retry(projection, parcelId);
    }

    @DeleteMapping("/{projection}/{parcelId}")
    @Operation(summary = "Evict a parcel's dead letters",
            description = "The projection goes on without those events; the parcel's later events are handled again. A "
                    + "replay of the projection handles every event afresh.")
    public DeadLetterAdmin.Eviction evict(@PathVariable String projection, @PathVariable @ParcelId String parcelId) {
        return deadLetters.evict(projection, parcelId);
    }
}
