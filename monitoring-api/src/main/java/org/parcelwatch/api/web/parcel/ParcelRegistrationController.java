package org.parcelwatch.api.web.parcel;

import org.parcelwatch.api.application.forms.RegisterParcelRequest;
import org.parcelwatch.api.application.landuser.LandUserRecordCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.parcelwatch.monitoring.sweep.EnteringHistory;
import org.parcelwatch.api.web.openapi.ApiExamples;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Registration of a supplied parcel (DESIGN §4, {@code POST /parcels}). */
@RestController
@RequestMapping("/api/v1/parcels")
@Tag(name = "Registration and payment", description = "The desk (供地科): contracts, payments, handover, extensions, "
        + "notice delivery and termination")
public class ParcelRegistrationController {

    private final CommandSender commands;
    private final LandUserRecordCheck landUsers;

    public ParcelRegistrationController(CommandSender commands, LandUserRecordCheck landUsers) {
        this.commands = commands;
        this.landUsers = landUsers;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Register a supplied parcel (role DESK)",
            description = "Enters a grant contract (出让合同) or an allocation decision (划拨决定书) under its electronic "
                    + "supervision number. The aggregate checks the contract terms (credit code checksum, installments "
                    + "summing to the price, date order) and refuses them all at once with 400 INVALID_CONTRACT_TERMS and "
                    + "a `violations` list; a second registration of the same number is 409 DUPLICATE_PARCEL. Policy "
                    + "warnings (first installment under 50% within a month..., LAND_USER_IN_DEFAULT when the land user "
                    + "has open defaults on other parcels) are kept with the parcel, not refused. The parcel's due points "
                    + "are checked at once on today's business date, as the nightly sweep would: a parcel registered after "
                    + "an installment's due date answers with that installment overdue, its flag and its urge notice. "
                    + "`enteringHistory=true` (补录历史) registers a parcel whose history is entered next, event by event "
                    + "(payments, notices, dates of the past): nothing is checked at registration, and the next sweep "
                    + "fires what is still due.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    schema = @Schema(implementation = RegisterParcelRequest.class),
                    examples = @ExampleObject(name = "Xinhe bearing plant (DESIGN §4)", value = ApiExamples.REGISTRATION))),
            responses = @ApiResponse(responseCode = "201", description = "registered; Location is the parcel's detail"))
    public ResponseEntity<RegistrationResponse> register(
            @Valid @RequestBody RegisterParcelRequest request,
            @Parameter(description = ParcelCommandController.ENTERING_HISTORY)
            @RequestParam(name = "enteringHistory", defaultValue = "false") boolean enteringHistory,
            HttpServletRequest http) {
        commands.send(landUsers.withOpenDefaults(request.toCommand()), http,
                EnteringHistory.when(enteringHistory));
        URI location = UriComponentsBuilder.fromPath("/api/v1/parcels/{id}")
                                           .buildAndExpand(request.parcelId()).encode().toUri();
        return ResponseEntity.created(location).body(new RegistrationResponse(request.parcelId()));
    }

    public record RegistrationResponse(@Schema(example = "1305302024B00017") String parcelId) {
    }
}
