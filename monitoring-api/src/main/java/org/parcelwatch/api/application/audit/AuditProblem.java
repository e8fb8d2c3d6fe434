package org.parcelwatch.api.application.audit;

import org.springframework.http.HttpStatus;

/** A request the audit endpoints refuse, with its status and stable problem code. */
public class AuditProblem extends RuntimeException {

    private final HttpStatus status;
    private final String code;

    public AuditProblem(HttpStatus status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public static AuditProblem parcelNotFound(String parcelId) {
        return new AuditProblem(HttpStatus.NOT_FOUND, "PARCEL_NOT_FOUND", "no parcel " + parcelId + " is on record");
    }

    public static AuditProblem badRequest(String message) {
        return new AuditProblem(HttpStatus.BAD_REQUEST, "INVALID_INPUT", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
