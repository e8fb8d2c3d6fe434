package org.parcelwatch.api.web.query;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.parcelwatch.projections.worklist.Worklist;
import org.parcelwatch.projections.worklist.WorklistQueries;
import org.springframework.format.annotation.DateTimeFormat;
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

    public WorklistController(WorklistQueries worklist, Clock clock) {
        this.worklist = worklist;
        this.clock = clock;
    }

    @GetMapping(path = "/api/v1/worklist", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "What is due for action on a day (any role)",
            description = "Reminders issued that day, overdue payments (with the termination right), handovers overdue "
                    + "(the bureau's own delay: the start, completion and idle rules wait for the land), missed milestones "
                    + "awaiting a finding, idle suspects awaiting verification, referrals awaiting determination (late "
                    + "once the 30 days have passed), and notices not yet delivered.")
    public Worklist worklist(@Parameter(description = "YYYY-MM-DD; today (business clock) when absent", example = "2024-06-01")
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return worklist.on(date == null ? LocalDate.now(clock) : date);
    }
}
