package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.RecordHearing;

/**
 * The land user's answer to the hearing-rights notice and the hearing: {@code requestedOn} (the request, within 5
 * working days of the notice's delivery), {@code waived} (a written waiver, dated by {@code requestedOn} or today),
 * {@code heldOn} with {@code recordNo} and {@code outcome} (the hearing held).
 */
public record HearingRequest(
        @Schema(description = "the day the land user asked for a hearing, or the day of its written waiver",
                example = "2026-09-28") @PastOrPresent LocalDate requestedOn,
        @Schema(description = "the land user waived the hearing in writing", example = "false") Boolean waived,
        @Schema(description = "the day the hearing was held", example = "2026-10-15") @PastOrPresent LocalDate heldOn,
        @Schema(description = "the number of the hearing record (听证笔录)", example = "XH-TZ-2026-02")
        @Size(max = 64) @PlainText String recordNo,
        @Schema(description = "what the hearing concluded", example = "the land user's statement heard; recovery upheld")
        @Size(max = 2000) @PlainText(multiLine = true) String outcome) {

    @AssertTrue(message = "record a request (requestedOn), a written waiver (waived) or the hearing held (heldOn)")
    @Schema(hidden = true)
    public boolean isSomethingRecorded() {
        return requestedOn != null || Boolean.TRUE.equals(waived) || heldOn != null;
    }

    public RecordHearing toCommand(String parcelId) {
        return new RecordHearing(parcelId, requestedOn, waived, heldOn, recordNo, outcome);
    }
}
