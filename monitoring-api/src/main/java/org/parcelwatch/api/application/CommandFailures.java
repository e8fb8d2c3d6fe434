package org.parcelwatch.api.application;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.axonframework.messaging.HandlerExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.parcelwatch.api.application.clock.ClockBehindException;
import org.parcelwatch.monitoring.parcel.ParcelRuleException;

/**
 * Finds the meaningful failure of a command. On the local command bus Axon rethrows a handler's exception
 * as it was thrown; a distributed bus wraps it in a {@code CommandExecutionException} whose cause or
 * details carry it; the repository's own failures (unknown parcel, concurrent append, duplicate stream)
 * may arrive wrapped too. Whatever the wrapping, the first known failure in the chain is the answer.
 */
public final class CommandFailures {

    private CommandFailures() {
    }

    public static RuntimeException unwrap(RuntimeException failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Throwable known = find(failure, seen);
        return known instanceof RuntimeException runtime ? runtime : failure;
    }

    private static Throwable find(Throwable t, Set<Throwable> seen) {
        if (t == null || !seen.add(t)) {
            return null;
        }
        if (t instanceof ParcelRuleException || t instanceof AggregateNotFoundException
                || t instanceof AggregateStreamCreationException || t instanceof ConcurrencyException
                || t instanceof ClockBehindException) {
            return t;
        }
        if (t instanceof HandlerExecutionException handlerFailure) {
            Object details = handlerFailure.getDetails().orElse(null);
            if (details instanceof Throwable detailed) {
                Throwable found = find(detailed, seen);
                if (found != null) {
                    return found;
                }
            }
        }
        return find(t.getCause(), seen);
    }
}
