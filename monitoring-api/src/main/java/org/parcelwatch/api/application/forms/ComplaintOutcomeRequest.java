package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.complaint.RecordAddressComplaintOutcome;
import org.parcelwatch.monitoring.complaint.RecordComplaintOutcome;

/** What the investigation of a complaint found; recorded once. */
public record ComplaintOutcomeRequest(
        @Schema(example = "Site visited 2024-06-05: spoil removed, contractor warned") @NotBlank @Size(max = 2000)
        @PlainText(multiLine = true) String outcome,
        @Schema(description = "属实: the complaint was borne out", example = "true") @NotNull Boolean substantiated,
        @Schema(description = "today when absent", example = "2024-06-06") @PastOrPresent LocalDate decidedOn) {

    public RecordAddressComplaintOutcome toAddressCommand(String complaintId) {
        return new RecordAddressComplaintOutcome(complaintId, outcome, substantiated, decidedOn);
    }

    public RecordComplaintOutcome toCommand(String parcelId, String complaintId) {
        return new RecordComplaintOutcome(parcelId, complaintId, outcome, substantiated, decidedOn);
    }
}
