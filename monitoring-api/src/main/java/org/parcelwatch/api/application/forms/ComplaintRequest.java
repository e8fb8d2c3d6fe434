package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.parcelwatch.monitoring.complaint.RecordComplaint;

/**
 * 投诉举报: a complaint from the public, to be investigated on site: about a parcel ({@code parcelId}; the address it names
 * is a detail), or about an address with no parcel ({@code address} and {@code township}, no {@code parcelId}).
 */
public record ComplaintRequest(
        @Schema(description = "the parcel complained about (电子监管号); absent for a complaint about an address",
                example = ApiPatterns.PARCEL_ID_EXAMPLE)
        // the pattern of @ParcelId without its @NotNull: a complaint about an address names no parcel
        @Pattern(regexp = ApiPatterns.PARCEL_ID, message = ApiPatterns.PARCEL_ID_MESSAGE) @PlainText String parcelId,
        @Schema(description = "how it came in: hotline, letter, visit, online…", example = "12336 hotline")
        @NotBlank @Size(max = 100) @PlainText String source,
        @Schema(description = "whom to answer; empty for an anonymous complaint", example = "Mr Zhao, 138-0000-0000")
        @Size(max = 200) @PlainText String contact,
        @Schema(example = "Trucks dump spoil on the site at night") @NotBlank @Size(max = 2000) @PlainText(multiLine = true)
        String content,
        @Schema(description = "the place it names: a detail of a parcel's complaint, the subject of one without a parcel",
                example = "east gate, Xinhe Road")
        @Size(max = 200) @PlainText String address,
        @Schema(description = "the day it was received; today when absent", example = "2024-06-02") @PastOrPresent
        LocalDate receivedOn,
        @Schema(description = "乡镇 of the address, exactly as registered; only for a complaint without a parcel",
                example = "Xinhe town")
        @Size(max = 100) @PlainText String township) {

    /** About a parcel, as opposed to an address only. */
    public boolean aboutParcel() {
        return parcelId != null && !parcelId.isBlank();
    }

    public RecordComplaint toCommand() {
        return new RecordComplaint(parcelId, source, contact, content, address, receivedOn);
    }
}
