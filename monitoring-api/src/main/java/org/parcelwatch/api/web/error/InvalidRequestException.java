package org.parcelwatch.api.web.error;

import java.util.List;

/** A request the API refuses before doing anything: 400 VALIDATION_FAILED with the offending fields. */
public class InvalidRequestException extends RuntimeException {

    private final List<ApiExceptionHandler.FieldProblem> fieldErrors;

    public InvalidRequestException(String field, String message) {
        super(field + ": " + message);
        this.fieldErrors = List.of(new ApiExceptionHandler.FieldProblem(field, message));
    }

    public List<ApiExceptionHandler.FieldProblem> fieldErrors() {
        return fieldErrors;
    }
}
