package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import java.time.LocalDate;
import org.parcelwatch.monitoring.idle.IdleDisposalMethod;
import org.parcelwatch.monitoring.idle.IssueHearingNotice;

/** 听证告知书: the decision the brigade intends, IDLE_FEE or RECOVERY_WITHOUT_COMPENSATION, and the day of the notice. */
public record HearingNoticeRequest(
        @Schema(example = "2026-09-21") @NotNull @PastOrPresent LocalDate issuedOn,
        @Schema(example = "RECOVERY_WITHOUT_COMPENSATION") @NotNull IdleDisposalMethod intendedDecision) {

    public IssueHearingNotice toCommand(String parcelId) {
        return new IssueHearingNotice(parcelId, issuedOn, intendedDecision);
    }
}
