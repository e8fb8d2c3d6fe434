package org.parcelwatch.api.web.audit;

import org.parcelwatch.api.application.audit.AuditProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Problem JSON for the audit and admin endpoints' own refusals. */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(basePackages = {"org.parcelwatch.api.web.audit", "org.parcelwatch.api.web.admin"})
public class AuditProblemHandler {

    @ExceptionHandler(AuditProblem.class)
    public ProblemDetail refused(AuditProblem e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setProperty("code", e.code());
        return problem;
    }
}
