package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.VerifyIdleLand;

/** The on-site verification of a suspected idle parcel; still idle → referral to the brigade. */
public record IdleVerificationRequest(
        @Schema(example = "2025-10-08") @NotNull @PastOrPresent LocalDate verifiedOn,
        @Schema(example = "true") @NotNull Boolean stillIdle,
        @Schema(example = "vacant, fenced") @Size(max = 2000) @PlainText(multiLine = true) String remarks) {

    public VerifyIdleLand toCommand(String parcelId) {
        return new VerifyIdleLand(parcelId, verifiedOn, stillIdle, remarks);
    }
}
