package org.parcelwatch.monitoring.audit;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.axonframework.messaging.Message;

/**
 * The end of a stream's hash chain: the hash of its last event, to which {@link ChainedEvents} chains the next one.
 * An aggregate loaded from its events passes every one of them here, but only the last one's hash is ever used, so
 * the hash is taken from the event's metadata when it is first asked for, not as each event is applied: reading a
 * stored event's metadata means deserialising all of it (actor, seal, correlation…), and a parcel's load did that
 * for every event it replayed.
 *
 * <p>Written to an aggregate snapshot as the hash itself, the string the aggregates stored before, and read back from
 * it; the hash is read before the snapshot is written.
 */
public final class ChainHead {

    /** The last event, until its hash has been read from it. */
    private Message<?> event;
    private String hash;

    private ChainHead(Message<?> event, String hash) {
        this.event = event;
        this.hash = hash;
    }

    /** The chain ending with {@code event}, whose metadata holds its {@link AuditMetadata#HASH hash}. */
    public static ChainHead after(Message<?> event) {
        return new ChainHead(event, null);
    }

    /** The chain ending with an event of this hash (as a snapshot holds it). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ChainHead of(String hash) {
        return new ChainHead(null, hash);
    }

    /** The last event's hash; null when it carried none. */
    @JsonValue
    public String hash() {
        // an aggregate is used under its lock: no two threads ask at once, and both would read the same hash
        if (event != null) {
            hash = (String) event.getMetaData().get(AuditMetadata.HASH);
            event = null;
        }
        return hash;
    }

    /** Two ends of a chain are the same when their hashes are, whichever event or snapshot each was read from. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ChainHead head && Objects.equals(hash(), head.hash());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(hash());
    }

    @Override
    public String toString() {
        return "ChainHead[" + hash() + "]";
    }

    /** The hash of {@code head}'s last event, null for a stream not begun. */
    public static String hashOf(ChainHead head) {
        return head == null ? null : head.hash();
    }
}
