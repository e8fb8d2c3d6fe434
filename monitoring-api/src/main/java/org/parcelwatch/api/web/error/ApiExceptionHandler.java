package org.parcelwatch.api.web.error;

import org.parcelwatch.api.application.CommandFailure;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The error contract of DESIGN §4: every error is {@code application/problem+json} with a stable {@code code}.
 *
 * <ul>
 *   <li>400 {@code VALIDATION_FAILED} (with {@code fieldErrors}), {@code MALFORMED_REQUEST} (unreadable body, wrong
 *       types, unknown enum values, bad dates and query parameters), {@code INVALID_CONTRACT_TERMS},
 *       {@code INVALID_INPUT} (the aggregate's own checks)</li>
 *   <li>404 {@code PARCEL_NOT_FOUND}, {@code NOTICE_NOT_FOUND}, {@code COMPLAINT_NOT_FOUND}, {@code LAND_USER_NOT_FOUND}, {@code NOT_FOUND} (no such
 *       path)</li>
 *   <li>405 {@code METHOD_NOT_ALLOWED}, 406 {@code NOT_ACCEPTABLE}, 415 {@code UNSUPPORTED_MEDIA_TYPE}</li>
 *   <li>413 {@code PAYLOAD_TOO_LARGE}: a body past the cap, also when it came chunked ({@link BodySizeLimitFilter})</li>
 *   <li>409 {@code DUPLICATE_PARCEL}, {@code ILLEGAL_STATE}, {@code CONCURRENT_CHANGE}, {@code CLOCK_BEHIND}</li>
 *   <li>422 {@code RULE_VIOLATION}, {@code WORKING_DAY_CALENDAR_MISSING} (a working-day deadline in a year with no calendar)</li>
 *   <li>500 {@code INTERNAL_ERROR}: a bug, logged with the {@code errorId} the answer carries</li>
 * </ul>
 * 401, 403 and 429 come from the security filter chain ({@code UNAUTHENTICATED}, {@code FORBIDDEN},
 * {@code TOO_MANY_LOGIN_ATTEMPTS}), and the
 * idempotency codes from the idempotency filter. Extending Spring's handler keeps every framework exception
 * (405, 406, 415, missing parameters…) mapped; this advice only adds the codes.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    public record FieldProblem(String field, String message) {
    }

    // ---- what the command side refuses: the answers of CommandFailure ---------------------------------

    @ExceptionHandler(ParcelRuleException.class)
    public ProblemDetail ruleRefused(ParcelRuleException e) {
        return problem(CommandFailure.of(e), null);
    }

    /** A photo the evidence store refuses (not an image 415, too large 413, damaged 400, unknown hash 422). */
    @ExceptionHandler(org.parcelwatch.api.application.evidence.EvidenceRefusedException.class)
    public ResponseEntity<Object> evidenceRefused(org.parcelwatch.api.application.evidence.EvidenceRefusedException e,
                                                  HttpServletRequest request) {
        ProblemResponses.markProvisional(request);
        CommandFailure failure = CommandFailure.of(e);
        return ResponseEntity.status(failure.status()).body(problem(failure, request));
    }

    /** Two writers appended to the same parcel at once; the loser may retry (with the same Idempotency-Key). */
    @ExceptionHandler(ConcurrencyException.class)
    public ProblemDetail concurrentChange(ConcurrencyException e, HttpServletRequest request) {
        return problem(CommandFailure.of(e), request);
    }

    /**
     * The store's own refusals (a second registration of a supervision number, a command to a parcel never
     * registered), and whatever Axon wrapped a handler's failure in (a distributed bus does): the answer is for
     * what is inside.
     */
    @ExceptionHandler(AxonException.class)
    public ResponseEntity<Object> wrapped(AxonException e, NativeWebRequest request) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        CommandFailure failure = CommandFailure.of(e);
        if (failure.unexpected()) {
            return unexpected(e, servletRequest);
        }
        return ResponseEntity.status(failure.status()).body(problem(failure, servletRequest));
    }

    private static ProblemDetail problem(CommandFailure failure, HttpServletRequest request) {
        if (failure.retryMayChange()) {
            ProblemResponses.markProvisional(request);
        }
        ProblemDetail problem = ProblemResponses.problem(HttpStatusCode.valueOf(failure.status()), failure.code(),
                failure.detail());
        if (!failure.violations().isEmpty()) {
            problem.setProperty("violations", failure.violations());
        }
        return problem;
    }

    // ---- what the read side does not know --------------------------------------------------------

    @ExceptionHandler(ParcelNotFoundException.class)
    public ProblemDetail parcelNotFound(ParcelNotFoundException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "PARCEL_NOT_FOUND", e.getMessage());
    }

    @ExceptionHandler(NoticeNotFoundException.class)
    public ProblemDetail noticeNotFound(NoticeNotFoundException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "NOTICE_NOT_FOUND", e.getMessage());
    }

    @ExceptionHandler(ComplaintNotFoundException.class)
    public ProblemDetail complaintNotFound(ComplaintNotFoundException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "COMPLAINT_NOT_FOUND", e.getMessage());
    }

    @ExceptionHandler(EvidenceNotFoundException.class)
    public ProblemDetail evidenceNotFound(EvidenceNotFoundException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "EVIDENCE_NOT_FOUND", e.getMessage());
    }

    @ExceptionHandler(LandUserNotFoundException.class)
    public ProblemDetail landUserNotFound(LandUserNotFoundException e) {
        return ProblemResponses.problem(HttpStatus.NOT_FOUND, "LAND_USER_NOT_FOUND", e.getMessage());
    }

    // ---- requests refused before anything runs ------------------------------------------------------

    @ExceptionHandler(InvalidRequestException.class)
    public ProblemDetail invalidRequest(InvalidRequestException e, HttpServletRequest request) {
        return validationFailed(request, "The request is invalid", e.fieldErrors());
    }

    @ExceptionHandler(ConstraintViolationException.class)
    public ProblemDetail constraintViolation(ConstraintViolationException e, HttpServletRequest request) {
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return validationFailed(request, "The request is invalid", fields);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>(fieldProblems(e.getBindingResult().getFieldErrors()));
        e.getBindingResult().getGlobalErrors().forEach(g -> fields.add(new FieldProblem(g.getObjectName(), g.getDefaultMessage())));
        return ResponseEntity.badRequest().body(validationFailed(servletRequest(request), "The request body is invalid", fields));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
                                                                            HttpHeaders headers, HttpStatusCode status,
                                                                            WebRequest request) {
        List<FieldProblem> fields = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                fields.addAll(fieldProblems(errors.getFieldErrors()));
                errors.getGlobalErrors().forEach(g -> fields.add(new FieldProblem(
                        result.getMethodParameter().getParameterName(), g.getDefaultMessage())));
            } else {
                String name = parameterName(result);
                for (MessageSourceResolvable error : result.getResolvableErrors()) {
                    fields.add(new FieldProblem(name, error.getDefaultMessage()));
                }
            }
        }
        return ResponseEntity.badRequest().body(validationFailed(servletRequest(request), "The request is invalid", fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        var tooLarge = BodySizeLimitFilter.tooLarge(e);
        if (tooLarge.isPresent()) {
            ProblemResponses.markProvisional(servletRequest(request));
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(ProblemResponses.problem(
                    HttpStatus.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE", tooLarge.get().getMessage()));
        }
        String detail = "The request body is not readable JSON of the expected shape";
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", detail);
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String reason = mapping instanceof InvalidFormatException invalid
                    ? "'" + shorten(invalid.getValue()) + "' is not " + describe(invalid.getTargetType())
                    : "has the wrong type or shape";
            problem.setDetail(detail + ": " + field + " " + reason);
            problem.setProperty("field", field);
        } else if (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")) {
            problem.setDetail("The request body is missing");
        }
        ProblemResponses.markProvisional(servletRequest(request));
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(org.springframework.beans.TypeMismatchException e,
                                                        HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST",
                "'" + shorten(e.getValue()) + "' is not a valid value for " + name
                        + " (expected " + describe(e.getRequiredType()) + ")");
        problem.setProperty("field", name);
        ProblemResponses.markProvisional(servletRequest(request));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Every other framework exception: Spring's status and detail, with a code from the status. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, @Nullable Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getProperties() == null || !problem.getProperties().containsKey("code"))) {
            problem.setProperty("code", codeFor(e, status));
        }
        if (status.is4xxClientError()) {
            ProblemResponses.markProvisional(servletRequest(request));
        }
        return response;
    }

    // ---- bugs -----------------------------------------------------------------------------------------

    /** Nothing a user sends should get here: this is a bug, logged with an id the answer gives. */
    @ExceptionHandler(Exception.class)
    public ResponseEntity<Object> unexpected(Exception e, HttpServletRequest request) {
        String errorId = UUID.randomUUID().toString();
        log.error("Unexpected error {} on {} {}", errorId, request == null ? "?" : request.getMethod(),
                request == null ? "?" : request.getRequestURI(), e);
        ProblemResponses.markProvisional(request);
        CommandFailure failure = CommandFailure.internalError(e);
        ProblemDetail problem = ProblemResponses.problem(HttpStatusCode.valueOf(failure.status()), failure.code(),
                failure.detail() + "; it was logged as " + errorId);
        problem.setProperty("errorId", errorId);
        return ResponseEntity.internalServerError().body(problem);
    }

    // ---- helpers -----------------------------------------------------------------------------------------

    static String codeFor(Exception e, HttpStatusCode status) {
        if (e instanceof HttpRequestMethodNotSupportedException) {
            return "METHOD_NOT_ALLOWED";
        }
        if (e instanceof HttpMediaTypeNotSupportedException) {
            return "UNSUPPORTED_MEDIA_TYPE";
        }
        if (e instanceof HttpMediaTypeNotAcceptableException) {
            return "NOT_ACCEPTABLE";
        }
        if (e instanceof MissingServletRequestParameterException) {
            return "MALFORMED_REQUEST";
        }
        return codeFor(status.value());
    }

    /** The code of a status when nothing more specific is known (also for the /error page). */
    public static String codeFor(int status) {
        return switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 409 -> "CONFLICT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 503 -> "SERVICE_UNAVAILABLE";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    private static ProblemDetail validationFailed(HttpServletRequest request, String detail, List<FieldProblem> fields) {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED",
                fields.isEmpty() ? detail : detail + ": " + fields.stream()
                        .map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; ")));
        problem.setProperty("fieldErrors", fields);
        ProblemResponses.markProvisional(request);
        return problem;
    }

    private static List<FieldProblem> fieldProblems(List<FieldError> errors) {
        return errors.stream().map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
    }

    private static String parameterName(ParameterValidationResult result) {
        var parameter = result.getMethodParameter();
        var path = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.PathVariable.class);
        if (path != null && !path.name().isEmpty()) {
            return path.name();
        }
        var param = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        var header = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        return parameter.getParameterName();
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of the expected type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "a date YYYY-MM-DD";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "BigDecimal" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            default -> "a " + type.getSimpleName();
        };
    }

    private static String shorten(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    private static HttpServletRequest servletRequest(WebRequest request) {
        return request instanceof NativeWebRequest nativeRequest
                ? nativeRequest.getNativeRequest(HttpServletRequest.class) : null;
    }
}
