package org.parcelwatch.api.web.field;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parcelwatch.api.application.forms.ComplaintOutcomeRequest;
import org.parcelwatch.api.application.forms.ApiPatterns;
import org.parcelwatch.api.application.forms.ComplaintRequest;
import org.parcelwatch.api.application.forms.OfficerRequest;
import org.parcelwatch.api.web.query.PageResponse;
import org.parcelwatch.api.web.query.Paging;
import org.parcelwatch.monitoring.complaint.AssignComplaintOfficer;
import org.parcelwatch.monitoring.complaint.ComplaintNumbers;
import org.parcelwatch.monitoring.complaint.RecordAddressComplaint;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.PutMapping;
import org.parcelwatch.api.application.patrol.MonthlyPatrolDraw;
import org.parcelwatch.api.web.error.ComplaintNotFoundException;
import org.parcelwatch.api.web.openapi.ApiExamples;
import org.parcelwatch.api.web.parcel.CommandResult;
import org.parcelwatch.api.web.parcel.CommandSender;
import org.parcelwatch.monitoring.patrol.PatrolTask;
import org.parcelwatch.projections.field.ComplaintRow;
import org.parcelwatch.projections.field.FieldWorkQueries;
import org.parcelwatch.projections.field.PatrolTaskRow;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Field work (DESIGN §6.6): the patrol tasks of each officer, complaints from the public and the month's draw of cross
 * patrols and spot checks. The land officer is assigned on the parcel ({@code PUT /api/v1/parcels/{id}/officer}).
 */
@RestController
@Tag(name = FieldWorkController.TAG, description = "Land officers, patrol tasks, cross patrols and spot checks, complaints")
public class FieldWorkController {

    static final String TAG = "Field work";

    /** A complaint id is its parcel's id and its number there ({@code …-TS1}): its parcel is known without a read. */
    private static final Pattern COMPLAINT_ID = Pattern.compile("(" + ApiPatterns.PARCEL_ID + ")-TS\\d{1,6}");

    private final FieldWorkQueries fieldWork;
    private final CommandSender commands;
    private final MonthlyPatrolDraw draw;
    private final Clock clock;
    private final ComplaintCommands complaintCommands;

    public FieldWorkController(FieldWorkQueries fieldWork, CommandSender commands, MonthlyPatrolDraw draw, Clock clock,
                               ComplaintCommands complaintCommands) {
        this.fieldWork = fieldWork;
        this.complaintCommands = complaintCommands;
        this.commands = commands;
        this.draw = draw;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/patrol-tasks", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Patrol tasks due by a day (any role)",
            description = "The tasks due on or before the day, of one officer or all: the start-stage and completion-stage "
                    + "patrols, the re-patrol the day after a missed start or completion, the information-board check "
                    + "after handover, periodic patrols of started projects (every parcelwatch.patrol.periodic-days), "
                    + "cross patrols and spot checks (the month's draw, an officer of another township) and complaints. "
                    + "A task is OPEN until its last day (due day + parcelwatch.patrol.task-days), OVERDUE after it, "
                    + "DONE once a patrol by its officer on or after its due day closed it (a complaint about an address: "
                    + "once its outcome is recorded; such a task has no parcelId but its address and township). Paged "
                    + "as GET /api/v1/parcels: page from 0, size at most " + Paging.MAX_SIZE + ".")
    public PageResponse<PatrolTaskRow> patrolTasks(
            @Parameter(description = "the officer's user name; all officers when absent", example = "patrol")
            @RequestParam(required = false) String officer,
            @Parameter(description = "YYYY-MM-DD; today (business clock) when absent", example = "2024-06-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "OPEN, OVERDUE or DONE on the day; all when absent")
            @RequestParam(required = false) PatrolTask.Status status,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = "rows a page, 1 to " + Paging.MAX_SIZE)
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return PageResponse.of(fieldWork.patrolTasks(officer == null || officer.isBlank() ? null : officer,
                date == null ? LocalDate.now(clock) : date, status, PageRequest.of(page, size)), row -> row);
    }

    /** The answer to a complaint put on record: its parcel (none for an address) and who investigates an address's. */
    public record ComplaintAccepted(
            @Schema(example = "1305302024B00017-TS1") String complaintId,
            @Schema(description = "null for a complaint about an address", example = "1305302024B00017") String parcelId,
            @Schema(description = "the parcel's detail, as a path on this server; null for an address",
                    implementation = String.class, format = "uri-reference",
                    example = "/api/v1/parcels/1305302024B00017") URI parcel,
            @Schema(description = "who investigates a complaint about an address (null: nobody yet, on the worklist); "
                    + "null for a parcel's, which goes to the parcel's officer", example = "patrol") String officer) {
    }

    @PostMapping(path = "/api/v1/complaints", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record a complaint from the public (role DESK)",
            description = "投诉举报 (seed 002 三（四）): source, contact (may be empty) and content, about a parcel (parcelId; "
                    + "address an optional detail) or about an address with no parcel (address and township, which must "
                    + "be a township some parcel is registered in). A parcel's complaint (<parcel>-TS<n>) becomes a "
                    + "COMPLAINT task for the parcel's land officer (unassigned while it has none); an address's "
                    + "(TS-<yyyyMMdd>-<6 characters>) one for parcelwatch.patrol.complaint-officers of its township, "
                    + "else the officer with the most parcels there, else nobody (the worklist's complaintsWithoutOfficer). "
                    + "400 VALIDATION_FAILED for neither parcel nor address, a township beside a parcel, or an unknown "
                    + "township; 404 PARCEL_NOT_FOUND for a parcel never registered.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = {@ExampleObject(name = "hotline", value = ApiExamples.COMPLAINT),
                            @ExampleObject(name = "address", value = ApiExamples.ADDRESS_COMPLAINT)})))
    public ComplaintAccepted complaint(@Valid @RequestBody ComplaintRequest body, HttpServletRequest request) {
        Object command = complaintCommands.commandFor(body);
        if (command instanceof RecordAddressComplaint address) {
            commands.send(address, request);
            return new ComplaintAccepted(address.complaintId(), null, null, address.officer());
        }
        String complaintId = commands.send(command, request);
        return new ComplaintAccepted(complaintId, body.parcelId(), parcelPath(body.parcelId()), null);
    }

    @PostMapping(path = "/api/v1/complaints/{complaintId}/outcome", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Record the outcome of a complaint (roles DESK, PATROL)",
            description = "What the investigation found, and whether the complaint was borne out (属实), for a complaint "
                    + "about a parcel or an address alike; an address's outcome also closes its task. Once only (409 "
                    + "ILLEGAL_STATE); 404 COMPLAINT_NOT_FOUND for an id that names no complaint.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.APPLICATION_JSON_VALUE,
                    examples = @ExampleObject(name = "borne out", value = ApiExamples.COMPLAINT_OUTCOME))))
    public CommandResult outcome(@Parameter(example = "1305302024B00017-TS1") @PathVariable String complaintId,
                                 @Valid @RequestBody ComplaintOutcomeRequest body, HttpServletRequest request) {
        if (ComplaintNumbers.isAddressComplaint(complaintId)) {
            sendToComplaint(body.toAddressCommand(complaintId), complaintId, request);
            return new CommandResult(null, "RecordAddressComplaintOutcome", null);
        }
        Matcher id = COMPLAINT_ID.matcher(complaintId);
        if (!id.matches()) {
            throw new ComplaintNotFoundException(complaintId);
        }
        String parcelId = id.group(1);
        commands.send(body.toCommand(parcelId, complaintId), request);
        return new CommandResult(parcelId, "RecordComplaintOutcome", parcelPath(parcelId));
    }

    @PutMapping(path = "/api/v1/complaints/{complaintId}/officer", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Name who investigates a complaint about an address (role DESK)",
            description = "Takes it off the worklist's complaintsWithoutOfficer, or passes it to another officer; the task "
                    + "keeps its days. The same officer again records nothing; 409 ILLEGAL_STATE once decided. A "
                    + "parcel's complaint goes to the parcel's officer (PUT /api/v1/parcels/{id}/officer): 404 "
                    + "COMPLAINT_NOT_FOUND here.")
    public CommandResult complaintOfficer(@Parameter(example = "TS-20240602-7K3QXM") @PathVariable String complaintId,
                                          @Valid @RequestBody OfficerRequest body, HttpServletRequest request) {
        if (!ComplaintNumbers.isAddressComplaint(complaintId)) {
            throw new ComplaintNotFoundException(complaintId);
        }
        sendToComplaint(new AssignComplaintOfficer(complaintId, body.officer()), complaintId, request);
        return new CommandResult(null, "AssignComplaintOfficer", null);
    }

    /** A command to an address complaint's own stream: a number that names no stream is no complaint. */
    private void sendToComplaint(Object command, String complaintId, HttpServletRequest request) {
        try {
            commands.send(command, request);
        } catch (AggregateNotFoundException unknown) {
            throw new ComplaintNotFoundException(complaintId);
        }
    }

    @GetMapping(path = "/api/v1/complaints", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Complaints (any role)",
            description = "About parcels and addresses alike, in the order received; OPEN until the outcome is recorded, "
                    + "then DECIDED. Paged as GET /api/v1/parcels: page from 0, size at most " + Paging.MAX_SIZE + ".")
    public PageResponse<ComplaintRow> complaints(
            @Parameter(description = "OPEN or DECIDED; all when absent")
            @RequestParam(required = false) ComplaintRow.Status status,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = "rows a page, 1 to " + Paging.MAX_SIZE)
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return PageResponse.of(fieldWork.complaints(status, PageRequest.of(page, size)), row -> row);
    }

    @PostMapping(path = "/api/v1/admin/patrol-draws", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Draw a month's cross patrols and spot checks (role ADMIN)",
            description = "交叉巡查、不定期抽查: parcelwatch.patrol.cross-share and spot-check-share of the open parcels with an "
                    + "officer, drawn at random from parcelwatch.patrol.random-seed and the month, each given to an officer "
                    + "of another township. The sweep of the first day of a month runs it; run again, it assigns nothing twice.")
    public MonthlyPatrolDraw.Result drawPatrols(
            @Parameter(description = "YYYY-MM; this month (business clock) when absent", example = "2024-06")
            @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return draw.draw(month == null ? YearMonth.now(clock) : month);
    }

    private static URI parcelPath(String parcelId) {
        return UriComponentsBuilder.fromPath("/api/v1/parcels/{id}").buildAndExpand(parcelId).encode().toUri();
    }
}
