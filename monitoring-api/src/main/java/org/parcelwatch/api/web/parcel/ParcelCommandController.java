package org.parcelwatch.api.web.parcel;

import org.parcelwatch.api.application.evidence.EvidenceService;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.application.forms.BreachFindingRequest;
import org.parcelwatch.api.application.forms.CompletionRequest;
import org.parcelwatch.api.application.forms.ExtensionRequest;
import org.parcelwatch.api.application.forms.HandoverRequest;
import org.parcelwatch.api.application.forms.IdleDeterminationRequest;
import org.parcelwatch.api.application.forms.HearingNoticeRequest;
import org.parcelwatch.api.application.forms.HearingRequest;
import org.parcelwatch.api.application.forms.IdleDisposalRequest;
import org.parcelwatch.api.application.forms.IdleVerificationRequest;
import org.parcelwatch.api.application.forms.NoticeDeliveryRequest;
import org.parcelwatch.api.application.forms.NoticeNo;
import org.parcelwatch.api.application.forms.ParcelId;
import org.parcelwatch.api.application.forms.OfficerRequest;
import org.parcelwatch.api.application.forms.PatrolRequest;
import org.parcelwatch.api.application.forms.PaymentRequest;
import org.parcelwatch.api.application.forms.StartRequest;
import org.parcelwatch.api.application.forms.TerminationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.axonframework.messaging.MetaData;
import org.parcelwatch.monitoring.sweep.EnteringHistory;
import org.parcelwatch.api.web.openapi.ApiExamples;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The commands on a registered parcel (DESIGN §4), one endpoint each, with the roles of {@code ApiAccess}.
 * Each answers 200 with a {@link CommandResult} once the parcel accepted the command; a refusal writes nothing
 * and answers 400 INVALID_INPUT, 404 PARCEL_NOT_FOUND / NOTICE_NOT_FOUND, 409 ILLEGAL_STATE or 422 RULE_VIOLATION.
 */
@RestController
@RequestMapping(path = "/api/v1/parcels/{parcelId}", consumes = MediaType.APPLICATION_JSON_VALUE,
        produces = MediaType.APPLICATION_JSON_VALUE)
public class ParcelCommandController {

    static final String DESK_TAG = "Registration and payment";
    static final String FIELD_TAG = "Construction and patrols";
    static final String IDLE_TAG = "Idle land";
    /** The query parameter of the commands that change dates and so check the due points at once (issue 20). */
    static final String ENTERING_HISTORY = "true: the parcel's past is being entered (补录历史); the due points are not "
            + "checked at once but by the next sweep";

    private final CommandSender commands;
    private final EvidenceService evidence;

    public ParcelCommandController(CommandSender commands, EvidenceService evidence) {
        this.commands = commands;
        this.evidence = evidence;
    }

    // ---- desk -----------------------------------------------------------------------------

    @PostMapping("/payments")
    @Tag(name = DESK_TAG)
    @Operation(summary = "Record a payment of the land price (role DESK)",
            description = "Records money as it arrived; it settles the installments oldest first. paidOn may not lie "
                    + "after today nor before signing; a receipt number is recorded once (409 ILLEGAL_STATE); more than "
                    + "is outstanding is refused (422 RULE_VIOLATION); an allocation has nothing to pay (409).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "first installment", value = ApiExamples.PAYMENT))))
    public CommandResult payment(@Parameter(description = "电子监管号", example = ApiPatterns.PARCEL_ID_EXAMPLE)
                                 @PathVariable @ParcelId String parcelId,
                                 @Valid @RequestBody PaymentRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    @PostMapping("/handover")
    @Tag(name = DESK_TAG)
    @Operation(summary = "Record the handover of the land (role DESK)",
            description = "交地: from now the parcel is in the information-board stage. Once only (409 ILLEGAL_STATE); "
                    + "the date may not lie after today nor before signing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "handover", value = ApiExamples.HANDOVER))))
    public CommandResult handover(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                  @Valid @RequestBody HandoverRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    @PostMapping("/extensions")
    @Tag(name = DESK_TAG)
    @Operation(summary = "Grant an extension of the start or completion date (role DESK)",
            description = "All extensions of a date together move it at most one year from its contract date (422 "
                    + "RULE_VIOLATION beyond). The application must have come at least 30 days before the date; after a "
                    + "missed date only with a government or force-majeure finding. An extension with governmentCause "
                    + "LAND_NOT_HANDED_OVER_ON_TIME (the land was handed over late) needs neither. Extending the start "
                    + "moves the completion by the same days unless newCompletionDate says otherwise; all reminders re-arm "
                    + "on the new dates, and the parcel's due points are checked at once (a reminder whose day has passed "
                    + "for the new date is issued with the answer).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "start extended", value = ApiExamples.EXTENSION))))
    public CommandResult extension(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                   @Valid @RequestBody ExtensionRequest body,
            @Parameter(description = ENTERING_HISTORY) @RequestParam(name = "enteringHistory", defaultValue = "false")
            boolean enteringHistory, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request, EnteringHistory.when(enteringHistory));
    }

    @PostMapping("/notices/{noticeNo}/delivery")
    @Tag(name = DESK_TAG)
    @Operation(summary = "Record the delivery of a notice (role DESK)",
            description = "送达回执: the notice reached the land user. 404 NOTICE_NOT_FOUND for a number the parcel never "
                    + "issued; a notice is delivered once (409 ILLEGAL_STATE); not before it was issued nor after today.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "delivered", value = ApiExamples.NOTICE_DELIVERY))))
    public CommandResult noticeDelivery(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                        @Parameter(example = ApiPatterns.NOTICE_NO_EXAMPLE) @PathVariable @NoticeNo String noticeNo,
                                        @Valid @RequestBody NoticeDeliveryRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId, noticeNo), request);
    }

    @PostMapping("/termination")
    @Tag(name = DESK_TAG)
    @Operation(summary = "Terminate the contract (role DESK)",
            description = "解除合同, the desk's decision once the right has arisen (an installment more than 60 days "
                    + "overdue after an urge notice: flag TERMINATION_RIGHT); before that 422 RULE_VIOLATION. Ends the "
                    + "parcel's supervision (stage TERMINATED).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "termination", value = ApiExamples.TERMINATION))))
    public CommandResult termination(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                     @Valid @RequestBody TerminationRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    // ---- field officer and brigade ----------------------------------------------------------------

    @PostMapping("/start")
    @Tag(name = FIELD_TAG)
    @Operation(summary = "Record the start of construction (role PATROL)",
            description = "开工, as the field officer found it: after the handover, once (409 ILLEGAL_STATE); the date "
                    + "may not lie after today nor before the handover. Late-start damages stop accruing on this date.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "started", value = ApiExamples.START))))
    public CommandResult start(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                               @Valid @RequestBody StartRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId, evidence.knownHashes(body.photos())), request);
    }

    @PostMapping("/completion")
    @Tag(name = FIELD_TAG)
    @Operation(summary = "Record the completion (role PATROL)",
            description = "竣工: the actual date or the planning acceptance date and number; after the start, once "
                    + "(409 ILLEGAL_STATE).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "completed", value = ApiExamples.COMPLETION))))
    public CommandResult completion(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                    @Valid @RequestBody CompletionRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId, evidence.knownHashes(body.photos())), request);
    }

    @PutMapping("/officer")
    @Tag(name = DESK_TAG)
    @Operation(summary = "Assign the parcel's land officer (role DESK)",
            description = "国土员 (DESIGN §6.6): the officer, by user name, who patrols the parcel; the sweep gives them its "
                    + "patrol tasks (GET /api/v1/patrol-tasks) and their open tasks pass to a new officer. The same "
                    + "officer again records nothing.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "the demo patrol officer", value = ApiExamples.OFFICER))))
    public CommandResult officer(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                 @Valid @RequestBody OfficerRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    @PostMapping("/patrols")
    @Tag(name = FIELD_TAG)
    @Operation(summary = "Record a patrol (role PATROL)",
            description = "巡查: construction status (SUSPENDED needs suspendedSince, which only goes with it), built "
                    + "floor area, investment (excluding land price and taxes), change of use, relocation, information "
                    + "board, photos and the tracking-card number. Counts for the stage's patrol coverage. `photos` name "
                    + "uploaded photos by SHA-256 (422 EVIDENCE_UNKNOWN if one is not stored); a photo taken more than "
                    + "parcelwatch.evidence.max-days-from-patrol days from patrolledOn, or farther than "
                    + "parcelwatch.evidence.max-distance-m metres from the parcel's location point, flags the patrol "
                    + "for review (PATROL_REVIEW, lastPatrol.photoFindings), it is not refused.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "under construction", value = ApiExamples.PATROL))))
    public CommandResult patrol(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                @Valid @RequestBody PatrolRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId, evidence.patrolPhotos(body.photos())), request);
    }

    @PostMapping("/breach-findings")
    @Tag(name = FIELD_TAG)
    @Operation(summary = "Record why a start or completion was missed (roles PATROL, BRIGADE)",
            description = "Only for a missed date awaiting its finding (else 409 ILLEGAL_STATE). LAND_USER: breach, a "
                    + "performance notice is issued and the case goes to the brigade; GOVERNMENT (naming its Art. 8 "
                    + "ground) or FORCE_MAJEURE: the land user may be granted an extension.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = {@ExampleObject(name = "land user's cause", value = ApiExamples.BREACH_FINDING),
                            @ExampleObject(name = "government cause", value = ApiExamples.BREACH_FINDING_GOVERNMENT)})))
    public CommandResult breachFinding(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                       @Valid @RequestBody BreachFindingRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    @PostMapping("/idle/verification")
    @Tag(name = IDLE_TAG)
    @Operation(summary = "Verify suspected idle land on site (role PATROL)",
            description = "Answers the open idle-land suspicion (else 409 ILLEGAL_STATE). Still idle: the case is "
                    + "referred to the brigade, which must begin its investigation within 30 days, and the "
                    + "investigation notice (调查通知书) is issued; not idle: the suspicion is cleared.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "still idle", value = ApiExamples.IDLE_VERIFICATION))))
    public CommandResult idleVerification(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                          @Valid @RequestBody IdleVerificationRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    @PostMapping("/idle/determination")
    @Tag(name = IDLE_TAG)
    @Operation(summary = "Determine idle land (role BRIGADE)",
            description = "闲置土地认定书 for a referred case (else 409 ILLEGAL_STATE), with its cause; issues the "
                    + "determination notice. With the land user's cause and two years idle, recovery becomes allowed.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "land user's cause", value = ApiExamples.IDLE_DETERMINATION))))
    public CommandResult idleDetermination(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                           @Valid @RequestBody IdleDeterminationRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    @PostMapping("/idle/disposal")
    @Tag(name = IDLE_TAG)
    @Operation(summary = "Dispose of idle land (role BRIGADE)",
            description = "The land user's cause (Art. 14): IDLE_FEE (20% of the price, idle one year or more; on land "
                    + "recorded at price 0 the assessed price feeBase is required) or RECOVERY_WITHOUT_COMPENSATION (idle "
                    + "two years or more); refused with 422 RULE_VIOLATION before their time. Government cause or force "
                    + "majeure (Art. 12): EXTENSION (newStartDate within a year of the decision), CHANGE_OF_USE (newLandUse, "
                    + "newStartDate, newCompletionDate), TEMPORARY_USE (temporaryUseUntil within two years, newStartDate "
                    + "after it, newCompletionDate; the start, completion and idle rules wait until it ends), "
                    + "AGREED_RECOVERY and LAND_EXCHANGE (the parcel is closed). A missing term is 400 INVALID_INPUT. "
                    + "Due process (DESIGN §6.2): a fee or recovery needs a delivered hearing-rights notice for it and the "
                    + "hearing held, waived, or not asked for within 5 working days of the delivery, else 422 "
                    + "RULE_VIOLATION naming the missing step; a recovery (with or without compensation) needs approvalNo "
                    + "and approvedOn (报本级人民政府批准), else 422. A disposal that sets new dates checks the parcel's "
                    + "due points at once, as a registration does.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = {@ExampleObject(name = "idle fee", value = ApiExamples.IDLE_DISPOSAL),
                            @ExampleObject(name = "extension (government cause)", value = ApiExamples.IDLE_DISPOSAL_EXTENSION)})))
    public CommandResult idleDisposal(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                      @Valid @RequestBody IdleDisposalRequest body,
            @Parameter(description = ENTERING_HISTORY) @RequestParam(name = "enteringHistory", defaultValue = "false")
            boolean enteringHistory, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request, EnteringHistory.when(enteringHistory));
    }

    @PostMapping("/idle/hearing-notice")
    @Tag(name = IDLE_TAG)
    @Operation(summary = "Issue a hearing-rights notice (听证告知书) before a fee or recovery decision (role BRIGADE)",
            description = "Names the intended decision, IDLE_FEE or RECOVERY_WITHOUT_COMPENSATION, on a case determined "
                    + "for the land user's cause, and issues notice HEARING_RIGHTS (number <parcel>-TZGZ-nn). Its delivery "
                    + "is recorded with POST /parcels/{id}/notices/{noticeNo}/delivery, which sets the notice's dueDate to "
                    + "the 5th working day after the delivery (the working-day calendar; 422 WORKING_DAY_CALENDAR_MISSING "
                    + "when that year has none). 409 ILLEGAL_STATE when no such case awaits a decision.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "before recovery", value = ApiExamples.HEARING_NOTICE))))
    public CommandResult hearingNotice(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                       @Valid @RequestBody HearingNoticeRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    @PostMapping("/idle/hearing")
    @Tag(name = IDLE_TAG)
    @Operation(summary = "Record the land user's hearing request or waiver, or the hearing held (role BRIGADE)",
            description = "Answers the latest delivered hearing-rights notice: requestedOn (a request; after the 5 working "
                    + "days from the delivery 422 RULE_VIOLATION), waived (a written waiver, dated by requestedOn or "
                    + "today), heldOn with recordNo and outcome (the hearing held, after a request). A request and its "
                    + "hearing may be sent together or one after the other. 409 ILLEGAL_STATE when no notice was "
                    + "delivered, or the step was already recorded.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = {@ExampleObject(name = "request", value = ApiExamples.HEARING_REQUEST),
                            @ExampleObject(name = "hearing held", value = ApiExamples.HEARING_HELD),
                            @ExampleObject(name = "waiver", value = ApiExamples.HEARING_WAIVED)})))
    public CommandResult hearing(@Parameter(example = ApiPatterns.PARCEL_ID_EXAMPLE) @PathVariable @ParcelId String parcelId,
                                 @Valid @RequestBody HearingRequest body, HttpServletRequest request) {
        return send(parcelId, body.toCommand(parcelId), request);
    }

    private CommandResult send(String parcelId, Object command, HttpServletRequest request) {
        return send(parcelId, command, request, MetaData.emptyInstance());
    }

    private CommandResult send(String parcelId, Object command, HttpServletRequest request, MetaData more) {
        commands.send(command, request, more);
        URI parcel = UriComponentsBuilder.fromPath("/api/v1/parcels/{id}").buildAndExpand(parcelId).encode().toUri();
        return new CommandResult(parcelId, command.getClass().getSimpleName(), parcel);
    }
}
