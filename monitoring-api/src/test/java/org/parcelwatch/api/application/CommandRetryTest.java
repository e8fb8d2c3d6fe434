package org.parcelwatch.api.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;

/** A transient failure is sent again, a few times at most; the parcel's own answer is not. */
class CommandRetryTest {

    private final AtomicInteger calls = new AtomicInteger();

    @Test
    void aConcurrentChangeIsRetriedUntilTheCommandGoesThrough() {
        String answer = CommandRetry.standard().send("check", () -> {
            if (calls.incrementAndGet() < CommandRetry.ATTEMPTS) {
                throw new ConcurrencyException("raced");
            }
            return "done";
        });

        assertThat(answer).isEqualTo("done");
        assertThat(calls).hasValue(CommandRetry.ATTEMPTS);
    }

    @Test
    void itStopsAfterItsAttemptsWithTheLastFailure() {
        ConcurrencyException last = new ConcurrencyException("raced again");

        assertThatThrownBy(() -> CommandRetry.attempts(2).send("check", () -> {
            throw calls.incrementAndGet() < 2 ? new ConcurrencyException("raced") : last;
        })).isSameAs(last);
        assertThat(calls).hasValue(2);
    }

    @Test
    void aRuleRefusalIsNotAskedAgain() {
        ParcelRuleException refusal = ParcelRuleException.ruleViolation("recovery before two years");

        assertThatThrownBy(() -> CommandRetry.standard().send("recovery", () -> {
            calls.incrementAndGet();
            throw new CommandExecutionException("failed", refusal);
        })).hasCause(refusal);
        assertThat(calls).hasValue(1);
    }

    @Test
    void transientIsAConcurrentChangeWhereverAxonPutItOrATransientFailureInTheChain() {
        assertThat(CommandRetry.isTransient(new ConcurrencyException("raced"))).isTrue();
        assertThat(CommandRetry.isTransient(new CommandExecutionException("failed", null, new ConcurrencyException("raced"))))
                .as("in the details of a distributed bus").isTrue();
        assertThat(CommandRetry.isTransient(new IllegalStateException("outer", new AxonTransientException("store away") {
        }))).as("deep in the causes").isTrue();

        assertThat(CommandRetry.isTransient(ParcelRuleException.illegalState("already started"))).isFalse();
        assertThat(CommandRetry.isTransient(new AggregateNotFoundException("1305302024B00017", "not found"))).isFalse();
        assertThat(CommandRetry.isTransient(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void thereIsAlwaysOneAttempt() {
        assertThatThrownBy(() -> CommandRetry.attempts(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
