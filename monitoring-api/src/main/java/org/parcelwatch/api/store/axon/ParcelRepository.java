package org.parcelwatch.api.store.axon;

import java.util.Optional;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * The parcels' event-sourcing repository. It keeps recently used parcels in memory, so that a command on a
 * parcel this node just handled (a payment after its registration, a desk's second entry) does not read its
 * event stream again.
 *
 * <p>Several nodes share one database, so a cached parcel may be behind the store: another node appended
 * to it since. Before a cached copy is used, the stream's {@link ParcelHeads head} is read (one indexed row); when
 * the store holds events after the copy, the copy is dropped and the stream read, and the command decides on the
 * stored history as if nothing had been cached. So a client that calls one node, then another, then the first again
 * is never told of a concurrent change that was not one; a conflict on the store's unique (aggregate, sequence) key
 * at the append is left for real concurrency: another writer appended while this command ran.
 *
 * <p>With the cache off it is given Axon's {@code NoCache}, and nothing ever comes from it; streams the unit of
 * work read ahead with others ({@link EventStreamPrefetch}) are used instead of a read of their own.
 */
public final class ParcelRepository<T> extends CachingEventSourcingRepository<T> {

    private final Cache cache;
    private final EventStreamPrefetch prefetch;
    private final ParcelHeads heads;

    public ParcelRepository(EventSourcingRepository.Builder<T> builder, Cache cache, EventStore store,
                            EventStreamPrefetch prefetch, ParcelHeads heads) {
        super(builder.cache(cache).eventStore(store));
        this.cache = cache;
        this.prefetch = prefetch;
        this.heads = heads;
    }

    /** A stream the unit of work read ahead with others (see {@link EventStreamPrefetch}), else the store's. */
    @Override
    protected DomainEventStream readEvents(String aggregateIdentifier) {
        DomainEventStream readAhead = prefetch.take(aggregateIdentifier);
        return readAhead != null ? readAhead : super.readEvents(aggregateIdentifier);
    }

    @Override
    protected EventSourcedAggregate<T> doLoadWithLock(String aggregateIdentifier, Long expectedVersion) {
        // under the aggregate's lock: no other command of this node changes the entry meanwhile
        if (cache.containsKey(aggregateIdentifier)) {
            Optional<ParcelHeads.Head> head = heads.of(aggregateIdentifier);
            EventSourcedAggregate<T> cached = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
            // current; or ahead of the store, holding the events of a group of sweep checks not yet appended
            if (head.isEmpty() || cached.version() != null && head.get().sequence() <= cached.version()) {
                return cached;
            }
            cache.remove(aggregateIdentifier);
        }
        return super.doLoadWithLock(aggregateIdentifier, expectedVersion);
    }
}
