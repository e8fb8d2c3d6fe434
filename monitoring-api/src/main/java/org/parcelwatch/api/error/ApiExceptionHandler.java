package org.parcelwatch.api.error;

import java.util.List;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * First cut of the error contract of DESIGN §4: problem+json with a stable {@code code}. Enough to keep
 * known refusals away from 500; the complete mapping comes with the full API. Ordered ahead of Spring's
 * own problem-details advice so that validation errors carry the field list.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
public class ApiExceptionHandler {

    /** The event store's unique (aggregate, sequence 0) key refused a second stream for the same parcel. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    public ProblemDetail duplicateParcel(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "DUPLICATE_PARCEL", "A parcel with this supervision number is already registered");
    }

    /** Two writers appended to the same parcel at once; the loser may retry. */
    @ExceptionHandler(ConcurrencyException.class)
    public ProblemDetail concurrentChange(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "CONCURRENT_CHANGE", "The parcel was changed concurrently; retry");
    }

    @ExceptionHandler(ParcelRuleException.class)
    public ProblemDetail ruleRefused(ParcelRuleException e) {
        HttpStatus status = switch (e.code()) {
            case INVALID_CONTRACT_TERMS, INVALID_INPUT -> HttpStatus.BAD_REQUEST;
            case ILLEGAL_STATE -> HttpStatus.CONFLICT;
            case RULE_VIOLATION -> HttpStatus.UNPROCESSABLE_ENTITY;
            case NOTICE_NOT_FOUND -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
        ProblemDetail problem = problem(status, e.code().name(), e.getMessage());
        if (!e.violations().isEmpty()) {
            problem.setProperty("violations", e.violations());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    public ProblemDetail invalidBody(MethodArgumentNotValidException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "The request body is invalid");
        List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
                                     .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage()))
                                     .toList();
        problem.setProperty("fieldErrors", fields);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("code", code);
        return problem;
    }

    public record FieldProblem(String field, String message) {
    }
}
