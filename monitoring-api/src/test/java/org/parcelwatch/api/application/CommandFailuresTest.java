package org.parcelwatch.api.application;

import org.parcelwatch.api.web.error.ApiExceptionHandler;
import org.parcelwatch.api.web.error.ProblemResponses;
import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.RuleCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * However Axon delivers a refusal (as thrown on the local bus, wrapped with the refusal as cause or as details
 * on a distributed bus), the answer is the refusal's; the store's own failures keep their codes too.
 */
class CommandFailuresTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/parcels/1305302024B00017/start");

    @Test
    void aRefusalIsFoundWhereverAxonPutIt() throws Exception {
        ParcelRuleException refusal = ParcelRuleException.ruleViolation("recovery before two years");
        assertThat(CommandFailures.unwrap(refusal)).isSameAs(refusal);
        assertThat(CommandFailures.unwrap(new CommandExecutionException("failed", refusal))).isSameAs(refusal);
        assertThat(CommandFailures.unwrap(new CommandExecutionException("failed", null, refusal))).isSameAs(refusal);
        assertThat(CommandFailures.unwrap(new IllegalStateException("outer", new CommandExecutionException("failed", refusal))))
                .isSameAs(refusal);
        RuntimeException unknown = new IllegalStateException("a bug");
        assertThat(CommandFailures.unwrap(unknown)).isSameAs(unknown);

        assertProblem(handler.wrapped(new CommandExecutionException("failed", null, refusal), new ServletWebRequest(request)),
                422, "RULE_VIOLATION");
        assertProblem(handler.wrapped(new CommandExecutionException("failed",
                new ParcelRuleException(RuleCode.NOTICE_NOT_FOUND, "no such notice")), new ServletWebRequest(request)),
                404, "NOTICE_NOT_FOUND");
        assertProblem(handler.wrapped(new CommandExecutionException("failed",
                new AggregateNotFoundException("1305302024B00017", "not found")), new ServletWebRequest(request)),
                404, "PARCEL_NOT_FOUND");
        assertProblem(handler.wrapped(new CommandExecutionException("failed",
                new AggregateStreamCreationException("exists")), new ServletWebRequest(request)), 409, "DUPLICATE_PARCEL");
        assertProblem(handler.wrapped(new CommandExecutionException("failed", new ConcurrencyException("raced")),
                new ServletWebRequest(request)), 409, "CONCURRENT_CHANGE");
        assertProblem(handler.wrapped(new CommandExecutionException("failed", new IllegalStateException("bug")),
                new ServletWebRequest(request)), 500, "INTERNAL_ERROR");
    }

    @Test
    void aConcurrentChangeIsAConflictThatIsNotReplayed() {
        ProblemDetail problem = handler.concurrentChange(new ConcurrencyException("raced"), request);
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties()).containsEntry("code", "CONCURRENT_CHANGE");
        assertThat(ProblemResponses.isProvisional(request)).as("a retry with the same key runs afresh").isTrue();
    }

    @Test
    void everyRuleCodeHasItsStatus() {
        assertThat(handler.ruleRefused(ParcelRuleException.invalidInput("x")).getStatus()).isEqualTo(400);
        assertThat(handler.ruleRefused(new ParcelRuleException(RuleCode.INVALID_CONTRACT_TERMS, "x")).getStatus()).isEqualTo(400);
        assertThat(handler.ruleRefused(ParcelRuleException.illegalState("x")).getStatus()).isEqualTo(409);
        assertThat(handler.ruleRefused(ParcelRuleException.ruleViolation("x")).getStatus()).isEqualTo(422);
        assertThat(handler.ruleRefused(new ParcelRuleException(RuleCode.NOTICE_NOT_FOUND, "x")).getStatus()).isEqualTo(404);
    }

    private static void assertProblem(ResponseEntity<Object> response, int status, String code) {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(((ProblemDetail) response.getBody()).getProperties()).containsEntry("code", code);
    }
}
