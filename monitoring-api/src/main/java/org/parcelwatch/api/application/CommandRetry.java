package org.parcelwatch.api.application;

import java.util.function.Supplier;
import org.axonframework.common.AxonTransientException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a command again when its failure was transient: another writer (a desk, another node's sweep, the import)
 * appended to the same parcel first, or the store failed for a moment. The next attempt loads the parcel afresh
 * and decides on what is stored now, so a retry can neither double an event nor lose one. Anything else, a rule
 * refusal above all, is the parcel's answer and is not asked again.
 */
public final class CommandRetry {

    /**
     * Three attempts: a lost race on one parcel is won on the second attempt (the winner's events are then read), a
     * third covers a burst of writers on the same parcel; beyond that the parcel is hot and the caller had better
     * report it than keep a sweep or an import waiting.
     */
    public static final int ATTEMPTS = 3;

    private static final Logger log = LoggerFactory.getLogger(CommandRetry.class);
    private static final CommandRetry STANDARD = new CommandRetry(ATTEMPTS);

    private final int attempts;

    private CommandRetry(int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + attempts);
        }
        this.attempts = attempts;
    }

    /** {@value #ATTEMPTS} attempts. */
    public static CommandRetry standard() {
        return STANDARD;
    }

    public static CommandRetry attempts(int attempts) {
        return new CommandRetry(attempts);
    }

    /**
     * Sends (calls {@code command}) until it succeeds, fails for good or the attempts are spent.
     *
     * @param what names the command in the log of a retry
     * @return what the command answered
     * @throws RuntimeException the last failure, as thrown (unwrap it with {@link CommandFailures#unwrap})
     */
    public <R> R send(String what, Supplier<R> command) {
        for (int attempt = 1; ; attempt++) {
            try {
                return command.get();
            } catch (RuntimeException failure) {
                if (attempt >= attempts || !isTransient(failure)) {
                    throw failure;
                }
                log.debug("{} failed transiently (attempt {} of {}); retrying", what, attempt, attempts, failure);
            }
        }
    }

    /**
     * Whether a retry may succeed: the meaningful failure is a concurrent change, or a transient Axon failure lies
     * anywhere in the chain of causes.
     */
    public static boolean isTransient(RuntimeException failure) {
        if (CommandFailures.unwrap(failure) instanceof ConcurrencyException) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AxonTransientException) {
                return true;
            }
        }
        return false;
    }
}
