package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parcelwatch.api.application.admin.DeadLetterAdmin;
import org.parcelwatch.api.web.security.ApiUser;
import org.parcelwatch.api.web.security.Role;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.parcelwatch.projections.field.FieldWorkQueries;
import org.parcelwatch.projections.worklist.Worklist;
import org.springframework.data.domain.PageRequest;
import org.parcelwatch.projections.worklist.WorklistQueries;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The desk's daily worklist (DESIGN §4). */
@RestController
@Tag(name = "Worklist and registers", description = "What is due for action, notices, idle-land referrals, indicators")
public class WorklistController {

    private final WorklistQueries worklist;
    private final Clock clock;
    private final DeadLetterAdmin deadLetters;
    private final FieldWorkQueries fieldWork;

    public WorklistController(WorklistQueries worklist, Clock clock, DeadLetterAdmin deadLetters,
                              FieldWorkQueries fieldWork) {
        this.worklist = worklist;
        this.fieldWork = fieldWork;
        this.clock = clock;
        this.deadLetters = deadLetters;
    }

    @GetMapping(path = "/api/v1/worklist", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What is due for action on a day (any role)",
            description = "Reminders issued that day, overdue payments (with the termination right), handovers overdue "
                    + "(the bureau's own delay: the start, completion and idle rules wait for the land), missed milestones "
                    + "awaiting a finding, idle suspects awaiting verification, referrals awaiting determination (late "
                    + "once the 30 days have passed), notices not yet delivered, and the open parcels without a land officer "
                    + "(parcelsWithoutOfficer: no patrol tasks are made for them; paged at "
                    + "/api/v1/worklist/parcels-without-officer), the open complaints about an address nobody "
                    + "investigates yet (complaintsWithoutOfficer). For an ADMIN, deadLetters warns "
                    + "of events waiting in the projections' dead-letter queues (GET /api/v1/admin/dead-letters), while "
                    + "there are any.")
    public Worklist worklist(@Parameter(description = "YYYY-MM-DD; today (business clock) when absent", example = "2024-06-01")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                             Authentication caller) {
        Worklist due = worklist.on(date == null ? LocalDate.now(clock) : date);
        if (!ApiUser.rolesOf(caller).contains(Role.ADMIN)) {
            return due;
        }
        Map<String, Long> waiting = new LinkedHashMap<>();
        deadLetters.counts().forEach((projection, letters) -> {
            if (letters > 0) {
                waiting.put(projection, letters);
            }
        });
        return waiting.isEmpty() ? due : due.withDeadLetters(new Worklist.DeadLetters(
                waiting.values().stream().mapToLong(Long::longValue).sum(), waiting));
    }

    @GetMapping(path = "/api/v1/worklist/parcels-without-officer", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The open parcels without a land officer, a page at a time (any role)",
            description = "The worklist's parcelsWithoutOfficer, by township and supervision number, paged as GET "
                    + "/api/v1/parcels: page from 0, size at most " + Paging.MAX_SIZE + ".")
    public PageResponse<FieldWorkQueries.Unassigned> parcelsWithoutOfficer(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = "rows a page, 1 to " + Paging.MAX_SIZE)
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return PageResponse.of(fieldWork.parcelsWithoutOfficer(PageRequest.of(page, size)), row -> row);
    }
}
