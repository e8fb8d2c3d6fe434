package org.parcelwatch.api.application;

import java.util.List;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.parcelwatch.api.application.clock.ClockBehindException;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.RuleCode;

/**
 * What a failed command means, in the one table of DESIGN §4 that the REST API answers from and the import reports
 * from: the stable problem code, its HTTP status and its words. A refusal of the parcel's rules keeps the code the
 * rule gave; the store's own refusals (a second registration of a number, an unknown parcel, a concurrent append)
 * have theirs; anything else is a bug.
 *
 * @param code           the stable problem code ({@code RULE_VIOLATION}, {@code DUPLICATE_PARCEL}…)
 * @param status         the HTTP status the API answers with
 * @param detail         the API's sentence; for a bug the API adds the id it logged it under
 * @param reason         the import report's line: the broken terms where the rule listed them, else the failure's own
 *                       message
 * @param violations     each broken term of a refused registration; empty otherwise
 * @param retryMayChange whether sending the command again may be answered otherwise (a concurrent change, a bug): the
 *                       API does not keep such an answer for its {@code Idempotency-Key}
 */
public record CommandFailure(String code, int status, String detail, String reason, List<String> violations,
                             boolean retryMayChange) {

    public CommandFailure {
        violations = List.copyOf(violations);
    }

    /** The meaning of a command's failure, however Axon wrapped it ({@link CommandFailures#unwrap}). */
    public static CommandFailure of(RuntimeException failure) {
        RuntimeException cause = CommandFailures.unwrap(failure);
        if (cause instanceof ParcelRuleException rule) {
            String reason = rule.violations().isEmpty() ? rule.getMessage() : String.join("; ", rule.violations());
            return new CommandFailure(rule.code().name(), status(rule.code()), rule.getMessage(), reason,
                    rule.violations(), false);
        }
        if (cause instanceof AggregateStreamCreationException) {
            return new CommandFailure("DUPLICATE_PARCEL", 409, "A parcel with this supervision number is already registered",
                    "a parcel with this supervision number is already registered", List.of(), false);
        }
        if (cause instanceof AggregateNotFoundException notFound) {
            return new CommandFailure("PARCEL_NOT_FOUND", 404, "No parcel " + notFound.getAggregateIdentifier()
                    + " is registered", cause.getMessage(), List.of(), false);
        }
        if (cause instanceof ConcurrencyException) {
            return new CommandFailure("CONCURRENT_CHANGE", 409, "The parcel was changed concurrently; retry",
                    cause.getMessage(), List.of(), true);
        }
        if (cause instanceof org.parcelwatch.api.application.evidence.EvidenceRefusedException evidence) {
            return new CommandFailure(evidence.reason().code(), evidence.reason().status(), evidence.getMessage(),
                    evidence.getMessage(), List.of(), false);
        }
        if (cause instanceof ClockBehindException) {
            return new CommandFailure("CLOCK_BEHIND", 409, "This node's clock is behind the parcel's last recorded event;"
                    + " nothing was recorded; retry", cause.getMessage(), List.of(), true);
        }
        return internalError(cause);
    }

    /** A failure nobody foresaw: a bug, to be logged by whoever meets it. */
    public static CommandFailure internalError(Throwable failure) {
        return new CommandFailure("INTERNAL_ERROR", 500, "An unexpected error occurred", failure.getMessage(), List.of(),
                true);
    }

    /** Whether this is a bug rather than an answer: the one who meets it logs it. */
    public boolean unexpected() {
        return status >= 500;
    }

    private static int status(RuleCode code) {
        return switch (code) {
            case INVALID_CONTRACT_TERMS, INVALID_INPUT -> 400;
            case ILLEGAL_STATE -> 409;
            case RULE_VIOLATION, WORKING_DAY_CALENDAR_MISSING -> 422;
            case NOTICE_NOT_FOUND, COMPLAINT_NOT_FOUND -> 404;
        };
    }
}
