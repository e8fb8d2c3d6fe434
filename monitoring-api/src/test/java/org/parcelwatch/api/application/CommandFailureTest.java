package org.parcelwatch.api.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.parcelwatch.api.application.clock.ClockBehindException;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;
import org.parcelwatch.monitoring.parcel.RuleCode;

/** The one table of problem codes: what the API answers and the import reports for each failure of a command. */
class CommandFailureTest {

    @Test
    void aRuleRefusalKeepsItsCodeAndItsBrokenTerms() {
        ParcelRuleException terms = new ParcelRuleException(RuleCode.INVALID_CONTRACT_TERMS, "The contract terms are invalid",
                List.of("installments do not sum to the price", "term over 50 years"));

        assertThat(CommandFailure.of(new CommandExecutionException("failed", terms))).isEqualTo(new CommandFailure(
                "INVALID_CONTRACT_TERMS", 400, "The contract terms are invalid",
                "installments do not sum to the price; term over 50 years", terms.violations(), false));
        assertThat(CommandFailure.of(ParcelRuleException.ruleViolation("recovery before two years"))).isEqualTo(
                new CommandFailure("RULE_VIOLATION", 422, "recovery before two years", "recovery before two years", List.of(),
                        false));
    }

    @Test
    void everyRuleCodeHasItsStatus() {
        assertThat(CommandFailure.of(ParcelRuleException.invalidInput("x")).status()).isEqualTo(400);
        assertThat(CommandFailure.of(ParcelRuleException.illegalState("x")).status()).isEqualTo(409);
        assertThat(CommandFailure.of(new ParcelRuleException(RuleCode.NOTICE_NOT_FOUND, "x")).status()).isEqualTo(404);
    }

    @Test
    void theStoresRefusalsHaveTheirCodes() {
        assertThat(CommandFailure.of(new AggregateStreamCreationException("exists"))).isEqualTo(new CommandFailure(
                "DUPLICATE_PARCEL", 409, "A parcel with this supervision number is already registered",
                "a parcel with this supervision number is already registered", List.of(), false));
        assertThat(CommandFailure.of(new AggregateNotFoundException("1305302024B00017", "not in the store")))
                .isEqualTo(new CommandFailure("PARCEL_NOT_FOUND", 404, "No parcel 1305302024B00017 is registered",
                        "not in the store", List.of(), false));
    }

    @Test
    void aConcurrentChangeMayBeAnsweredOtherwiseOnARetry() {
        CommandFailure raced = CommandFailure.of(new CommandExecutionException("failed", null, new ConcurrencyException("raced")));

        assertThat(raced).isEqualTo(new CommandFailure("CONCURRENT_CHANGE", 409,
                "The parcel was changed concurrently; retry", "raced", List.of(), true));
        assertThat(raced.unexpected()).isFalse();
    }

    @Test
    void aNodeClockBehindTheParcelIsItsOwnConflictAndMayBeRetried() {
        ClockBehindException behind = new ClockBehindException("1305302024B00017", Instant.parse("2027-01-10T02:00:00Z"),
                Instant.parse("2027-01-10T01:59:58Z"));
        CommandFailure failure = CommandFailure.of(new CommandExecutionException("failed", null, behind));

        assertThat(failure.code()).isEqualTo("CLOCK_BEHIND");
        assertThat(failure.status()).isEqualTo(409);
        assertThat(failure.retryMayChange()).isTrue();
        assertThat(failure.reason()).contains("2000 ms behind", "1305302024B00017");
        assertThat(CommandRetry.isTransient(behind)).as("the sweep and the import try again").isTrue();
    }

    @Test
    void anythingElseIsABug() {
        CommandFailure bug = CommandFailure.of(new IllegalStateException("a bug"));

        assertThat(bug).isEqualTo(new CommandFailure("INTERNAL_ERROR", 500, "An unexpected error occurred", "a bug",
                List.of(), true));
        assertThat(bug.unexpected()).isTrue();
    }
}
