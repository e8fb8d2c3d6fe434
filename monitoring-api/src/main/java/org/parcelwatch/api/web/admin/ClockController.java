package org.parcelwatch.api.web.admin;

import org.parcelwatch.api.application.clock.BusinessClock;
import org.parcelwatch.api.application.clock.ClockRange;
import org.parcelwatch.api.application.clock.ClockService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/clock} (DESIGN §4, ADMIN): GET shows the business clock everywhere; PUT moves
 * "today" forward where the clock is adjustable (demo and test setups), within {@link ClockRange} of the real date,
 * and is 404 elsewhere. Access is
 * the security configuration's business, not this controller's.
 */
@RestController
@RequestMapping("/api/v1/admin/clock")
public class ClockController {

    private final ClockService clocks;
    private final ClockRange range;

    public ClockController(ClockService clocks, ClockRange range) {
        this.clocks = clocks;
        this.range = range;
    }

    /** {@code {"today": "2025-10-02"}} */
    public record MoveClock(LocalDate today) {
    }

    @GetMapping
    public ClockService.ClockView get() {
        return clocks.view();
    }

    @PutMapping
    public ResponseEntity<?> move(@RequestBody MoveClock body) {
        if (!clocks.view().adjustable()) {
            throw new BusinessClock.NotAdjustableException();
        }
        if (body == null || body.today() == null) {
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "today is required (YYYY-MM-DD)");
            problem.setProperty("fieldErrors", List.of(Map.of("field", "today", "message", "must not be null")));
            return ResponseEntity.badRequest().body(problem);
        }
        range.check(body.today());
        return ResponseEntity.ok(clocks.moveTo(body.today()));
    }

    @ExceptionHandler(ClockRange.OutOfRangeException.class)
    ResponseEntity<ProblemDetail> outOfRange(ClockRange.OutOfRangeException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "today " + e.getMessage());
        problem.setProperty("fieldErrors", List.of(Map.of("field", "today", "message", e.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(BusinessClock.NotAdjustableException.class)
    ResponseEntity<ProblemDetail> notAdjustable(BusinessClock.NotAdjustableException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                             .body(problem(HttpStatus.NOT_FOUND, "CLOCK_NOT_ADJUSTABLE", e.getMessage()));
    }

    @ExceptionHandler(BusinessClock.MovesBackwardsException.class)
    ResponseEntity<ProblemDetail> backwards(BusinessClock.MovesBackwardsException e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "CLOCK_MOVES_BACKWARDS", e.getMessage());
        problem.setProperty("today", e.today().toString());
        problem.setProperty("requested", e.requested().toString());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }
}
