package org.parcelwatch.api.web.admin;

import org.parcelwatch.api.application.sweep.SweepInProgressException;
import org.parcelwatch.api.application.sweep.SweepResult;
import org.parcelwatch.api.application.sweep.SweepRunLog;
import org.parcelwatch.api.application.sweep.SweepService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/sweeps} (DESIGN §4, ADMIN): POST runs the sweep now, on this node, and answers
 * when it has finished with what it did; GET lists the latest runs of every node. Access is the
 * security configuration's business, not this controller's.
 */
@RestController
@RequestMapping("/api/v1/admin/sweeps")
public class SweepController {

    private static final int MAX_LISTED = 100;

    private final SweepService sweeps;
    private final SweepRunLog runs;

    public SweepController(SweepService sweeps, SweepRunLog runs) {
        this.sweeps = sweeps;
        this.runs = runs;
    }

    /** @param asOf the day to sweep as of (YYYY-MM-DD, not after today); today by default */
    @PostMapping
    public SweepResult sweep(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return sweeps.sweepNow(asOf);
    }

    @GetMapping
    public List<SweepRunLog.Run> recent(@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_LISTED) int limit) {
        return runs.recent(limit);
    }

    @ExceptionHandler(SweepInProgressException.class)
    ResponseEntity<ProblemDetail> inProgress(SweepInProgressException e) {
        return problem(HttpStatus.CONFLICT, "SWEEP_IN_PROGRESS", e.getMessage());
    }

    @ExceptionHandler(SweepService.AsOfInFutureException.class)
    ResponseEntity<ProblemDetail> inFuture(SweepService.AsOfInFutureException e) {
        return problem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", e.getMessage());
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return ResponseEntity.status(status).body(problem);
    }
}
