package org.parcelwatch.api.web.audit;

import org.parcelwatch.api.application.audit.ParcelAsOf;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/parcels/{parcelId}/state")
@Tag(name = "Audit")
public class AsOfStateController {

    private final ParcelAsOf states;

    public AsOfStateController(ParcelAsOf states) {
        this.states = states;
    }

    @GetMapping
    @Operation(summary = "The parcel rebuilt from its raw events up to an instant or a sequence",
            description = "Folds the events from sequence 0 (never a snapshot) recorded up to `asOf` — a date "
                    + "(YYYY-MM-DD, meaning the end of that day in the business zone) or an ISO instant — or up to and "
                    + "including `asOfSequence`. Stage, installments, milestones, flags, damages as of that day and notices "
                    + "as they stood. Without either parameter: now.")
    public ParcelAsOf.AsOfState asOf(@PathVariable String parcelId,
                          @Parameter(example = "2025-10-02") @RequestParam(required = false) String asOf,
                          @Parameter(example = "12") @RequestParam(required = false) Long asOfSequence) {
        return states.asOf(parcelId, asOf, asOfSequence);
    }
}
