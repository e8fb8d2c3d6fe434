package org.parcelwatch.bench;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads the event store's stream at its head while the bench writes rows beside the application (the bulk load), as
 * the running server's projections would: it keeps Axon's embedded event store's shared reader (its producer and
 * cache of recent events) at the head.
 * <p>
 * Without it, the bench's bulk load happened with no processor reading: the producer stayed at the command phase's
 * position, and when the processors came back at the head after the rebuild it read the two million bulk-loaded
 * events into its in-memory chain in the background, during the sweep and the reads: heap churn and young GC pauses of
 * up to 0.66 s that set the paced p99 (bench/README.md, issue 18, run 10). A server whose processors run never lags
 * its own store like that. Only the event's position is read: nothing is deserialised.
 */
final class StoreFollower implements AutoCloseable {

    private final BlockingStream<TrackedEventMessage<?>> stream;
    private final Thread reader;
    private volatile long position = -1;
    private volatile boolean closed;

    StoreFollower(EventStore store) {
        this.stream = store.openStream(store.createHeadToken());
        this.reader = new Thread(this::follow, "bench-store-follower");
        reader.setDaemon(true);
        reader.start();
    }

    private void follow() {
        try {
            while (!closed) {
                if (stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    position = event.trackingToken().position().orElse(position);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            if (!closed) {
                throw e;
            }
        }
    }

    /** Until the stream has reached the given global index. */
    void awaitPosition(long globalIndex, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (position < globalIndex) {
            if (System.nanoTime() > deadline || !reader.isAlive()) {
                throw new IllegalStateException("the store's head reader is at " + position + ", not at " + globalIndex);
            }
            TimeUnit.MILLISECONDS.sleep(50);
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        reader.join(TimeUnit.SECONDS.toMillis(5));
        stream.close();
    }
}
