package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parcelwatch.projections.idle.IdleCaseEntry;
import org.parcelwatch.projections.idle.IdleReferralQueries;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The idle-land referral register (DESIGN §4). */
@RestController
@Tag(name = "Worklist and registers")
public class IdleReferralController {

    private final IdleReferralQueries referrals;

    public IdleReferralController(IdleReferralQueries referrals) {
        this.referrals = referrals;
    }

    @GetMapping(path = "/api/v1/idle-referrals", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The idle-land referral register (any role)",
            description = "Every idle-land case from suspicion through verification, referral, determination and "
                    + "disposal, oldest suspicion first; optionally only those in one status.")
    public List<IdleReferralView> register(@Parameter(description = "SUSPECTED, CLEARED, REFERRED, DETERMINED, FEE_IMPOSED or DISPOSED")
                                           @RequestParam(required = false) IdleCaseEntry.Status status) {
        return referrals.register(status).stream().map(IdleReferralView::of).toList();
    }
}
