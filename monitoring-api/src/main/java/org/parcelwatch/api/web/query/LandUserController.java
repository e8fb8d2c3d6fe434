package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.application.forms.UnifiedCreditCode;
import org.parcelwatch.api.web.error.LandUserNotFoundException;
import org.parcelwatch.projections.landuser.LandUserRecordQueries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The land user's record (诚信档案, DESIGN §6.3). */
@RestController
@Tag(name = "Worklist and registers")
public class LandUserController {

    private final LandUserRecordQueries records;

    public LandUserController(LandUserRecordQueries records) {
        this.records = records;
    }

    @GetMapping(path = "/api/v1/land-users/{creditCode}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A land user's record (any role)",
            description = "Every parcel supplied to the land user of this unified social credit code, with its open "
                    + "defaults: overdue land price (what is still outstanding of the installments found overdue), idle "
                    + "land for its own cause (determined, case not closed), contract terminated, land recovered without "
                    + "compensation. A new supply to a land user with open defaults is registered with the policy warning "
                    + "LAND_USER_IN_DEFAULT. 400 VALIDATION_FAILED for a malformed code (GB 32100-2015, check character "
                    + "included), 404 LAND_USER_NOT_FOUND when no parcel names it.")
    public LandUserView landUser(@Parameter(description = "统一社会信用代码", example = ApiPatterns.CREDIT_CODE_EXAMPLE)
                                 @PathVariable @UnifiedCreditCode String creditCode) {
        return records.record(creditCode).map(LandUserView::of)
                .orElseThrow(() -> new LandUserNotFoundException(creditCode));
    }
}
