package org.parcelwatch.api.application.clock;

import java.time.Duration;
import java.time.Instant;
import org.axonframework.common.AxonTransientException;

/**
 * A command refused before it ran because this node's clock lies before the last event of its parcel even after
 * reading the shared offset: the node's system clock runs behind another node's by more than
 * {@code parcelwatch.clock.behind-tolerance}. Its events would be stamped before that event, so nothing is recorded.
 * Transient: a retry a moment later, or on another node, may be accepted.
 */
public class ClockBehindException extends AxonTransientException {

    private final String parcelId;
    private final Instant lastEvent;

    public ClockBehindException(String parcelId, Instant lastEvent, Instant now) {
        super("this node's clock (" + now + ") is " + Duration.between(now, lastEvent).toMillis() + " ms behind the last"
                + " event of parcel " + parcelId + " (" + lastEvent + "); nothing was recorded");
        this.parcelId = parcelId;
        this.lastEvent = lastEvent;
    }

    public String parcelId() {
        return parcelId;
    }

    public Instant lastEvent() {
        return lastEvent;
    }
}
