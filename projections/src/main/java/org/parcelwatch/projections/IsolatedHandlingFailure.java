package org.parcelwatch.projections;

import org.axonframework.eventhandling.EventMessage;

/**
 * A projection failed on an event it handled alone ({@link IsolatedHandling}): the failure is that event's, not its
 * batch's. The cause is what the projection or the database said.
 */
public class IsolatedHandlingFailure extends RuntimeException {

    private final String projection;
    private final transient Object sequence;
    private final boolean deadLetterRetry;

    public IsolatedHandlingFailure(String projection, Object sequence, EventMessage<?> event, boolean deadLetterRetry,
                            Throwable cause) {
        super("projection " + projection + " failed on " + event.getPayloadType().getSimpleName() + " "
                + event.getIdentifier() + " of " + sequence + " handled alone", cause);
        this.projection = projection;
        this.sequence = sequence;
        this.deadLetterRetry = deadLetterRetry;
    }

    public String projection() {
        return projection;
    }

    /** The sequence (parcel) of the event. */
    public Object sequence() {
        return sequence;
    }

    /** Whether the event was a dead letter being retried, rather than met in the event stream. */
    public boolean deadLetterRetry() {
        return deadLetterRetry;
    }
}
