package org.parcelwatch.api.store.axon;

import java.sql.SQLException;
import java.time.Instant;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.parcelwatch.monitoring.TypedText;
import org.parcelwatch.projections.IsolatedHandlingFailure;

/**
 * When a projection's failure on an event puts that event in the dead-letter queue, and when the processor tries
 * again instead:
 * <ul>
 *   <li>A failure met in a batch is the processor's own to retry: it fails the batch (the policy rethrows it), the
 *       batch rolls back and is tried again with each of its parcels' events handled alone
 *       ({@code IsolatedHandling}). A batch's failure does not say which event caused it.</li>
 *   <li>An event that fails alone is dead-lettered, and its parcel's later events queue behind it, unless the failure
 *       is the database's rather than the event's ({@link SqlFailures#isRetryable}: connection, deadlock, lock
 *       timeout, missing table or privilege, full disk): then the batch fails again and is retried, as without a
 *       queue. A projection never skips an event for a failure that waiting would cure.</li>
 *   <li>A dead letter retried by an admin that fails again stays in the queue, counted ({@value #RETRIES}).</li>
 * </ul>
 * The stored cause is the database's own message where there is one, without control characters (a refused value
 * may be quoted in it) and cut to the column's size.
 */
public class ProjectionDeadLetterPolicy implements EnqueuePolicy<EventMessage<?>> {

    /** Diagnostics key: how often the letter was retried and failed again. */
    public static final String RETRIES = "retries";
    private static final MetaData FIRST_DIAGNOSTICS = MetaData.with(RETRIES, 0);

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        IsolatedHandlingFailure alone = cause instanceof IsolatedHandlingFailure failure ? failure : null;
        if (letter instanceof JdbcDeadLetter || alone != null && alone.deadLetterRetry()) {
            return Decisions.requeue(causeOf(cause), retried -> retried.diagnostics().and(RETRIES, retries(retried) + 1));
        }
        if (alone == null || !setsAside(alone.getCause())) {
            throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        }
        return Decisions.enqueue(causeOf(cause), first -> FIRST_DIAGNOSTICS);
    }

    /**
     * Whether a projection's failure on one event sets that event aside, rather than being the database's to wait out:
     * the rule above for an event handled alone, which a rebuild ({@code application/admin/ShadowRebuild}) applies too.
     */
    public static boolean setsAside(Throwable failure) {
        return !SqlFailures.isRetryable(failure);
    }

    /** The letter that opens a parcel's sequence, as the processor queues it: the event, why it failed, no retries yet. */
    public static <M extends EventMessage<?>> DeadLetter<M> firstLetter(String sequence, M event, Throwable failure,
                                                                         Instant at) {
        return new GenericDeadLetter<>(sequence, event, causeOf(failure), at, at, FIRST_DIAGNOSTICS);
    }

    /** Why the event failed, as its letter states it: the database's own message where there is one. */
    public static String reason(Throwable failure) {
        return causeOf(failure).message();
    }

    /** How often a letter was retried and failed again. */
    public static int retries(DeadLetter<?> letter) {
        Object retries = letter.diagnostics().get(RETRIES);
        return retries instanceof Number number ? number.intValue() : 0;
    }

    /** The failure as the queue stores it: the innermost SQL error with its SQLState, or the failure itself. */
    static ThrowableCause causeOf(Throwable cause) {
        Throwable failure = cause instanceof IsolatedHandlingFailure alone && alone.getCause() != null ? alone.getCause() : cause;
        SQLException sql = SqlFailures.innermost(failure);
        String type = sql != null ? sql.getClass().getName() : failure.getClass().getName();
        String message = sql != null ? "SQLState " + sql.getSQLState() + ": " + sql.getMessage() : failure.getMessage();
        return new ThrowableCause(type, printable(message == null ? failure.toString() : message));
    }

    /**
     * The message with each character no one could have typed as U+FFFD ({@link TypedText}: the database may quote the
     * refused value), at most {@link ThrowableCause#TRUNCATED_MESSAGE_SIZE} characters, a surrogate pair not cut.
     */
    static String printable(String message) {
        String printable = TypedText.printable(message, true, TypedText.REPLACEMENT);
        int end = Math.min(printable.length(), ThrowableCause.TRUNCATED_MESSAGE_SIZE);
        if (end > 0 && end < printable.length() && Character.isHighSurrogate(printable.charAt(end - 1))) {
            end--;
        }
        return printable.substring(0, end);
    }
}
