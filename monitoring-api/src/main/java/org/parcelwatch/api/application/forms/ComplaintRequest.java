package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.complaint.RecordComplaint;

/** 投诉举报: a complaint from the public about a parcel, to be investigated on site. */
public record ComplaintRequest(
        @Schema(description = "the parcel complained about (电子监管号)", example = ApiPatterns.PARCEL_ID_EXAMPLE)
        @NotBlank @ParcelId @PlainText String parcelId,
        @Schema(description = "how it came in: hotline, letter, visit, online…", example = "12336 hotline")
        @NotBlank @Size(max = 100) @PlainText String source,
        @Schema(description = "whom to answer; empty for an anonymous complaint", example = "Mr Zhao, 138-0000-0000")
        @Size(max = 200) @PlainText String contact,
        @Schema(example = "Trucks dump spoil on the site at night") @NotBlank @Size(max = 2000) @PlainText(multiLine = true)
        String content,
        @Schema(description = "the place it names, if it names one", example = "east gate, Xinhe Road")
        @Size(max = 200) @PlainText String address,
        @Schema(description = "the day it was received; today when absent", example = "2024-06-02") @PastOrPresent
        LocalDate receivedOn) {

    public RecordComplaint toCommand() {
        return new RecordComplaint(parcelId, source, contact, content, address, receivedOn);
    }
}
