package org.parcelwatch.api.application.forms;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.parcelwatch.monitoring.patrol.AssignLandOfficer;

/** 国土员: the land officer who patrols the parcel, by the user name they sign in with (role PATROL). */
public record OfficerRequest(
        @Schema(description = "the officer's user name; their patrols close the parcel's tasks", example = "patrol")
        @NotBlank @Size(max = 100) @PlainText String officer) {

    public AssignLandOfficer toCommand(String parcelId) {
        return new AssignLandOfficer(parcelId, officer);
    }
}
