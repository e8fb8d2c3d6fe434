package org.parcelwatch.api.store.axon;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * The parcels' event-sourcing repository. It keeps recently used parcels in memory, so that a command on a
 * parcel this node just handled (a payment after its registration, a desk's second entry) does not read its
 * event stream again.
 *
 * <p>Several nodes share one database, so a cached parcel may be behind the store: another node appended
 * to it since. A decision on such a stale parcel must never stand; it surfaces as a
 * {@link ConcurrencyException} (retriable, 409 {@code CONCURRENT_CHANGE} over HTTP), and the rollback
 * evicts the entry, so the retry reads the stream. The three ways a command can end, each checked:
 * <ul>
 *   <li>it applies events: they take the next sequence numbers, which the other node's events already
 *       hold, and the store's unique (aggregate, sequence) key refuses the append — no extra read;</li>
 *   <li>it applies nothing (a sweep check with nothing left to do): before commit, the repository reads
 *       the stream's last sequence number and refuses when it moved;</li>
 *   <li>it is refused by a rule: {@link StaleRefusalCheck} reads the last sequence number before the refusal
 *       reaches the caller, and turns it into a concurrency conflict when the parcel had moved on.</li>
 * </ul>
 * So only the two rarer endings pay one small read; the common one, a command that records something,
 * pays none.
 *
 * <p>With the cache off it is given Axon's {@code NoCache}, and nothing ever comes from it; streams the unit of
 * work read ahead with others ({@link EventStreamPrefetch}) are used instead of a read of their own.
 */
public final class ParcelRepository<T> extends CachingEventSourcingRepository<T> {

    /** Unit-of-work resource: parcel id to the version it had when taken from the cache. */
    static final String CACHED_LOADS = ParcelRepository.class.getName() + ".cachedLoads";

    /** Throws when the store holds events of the parcel after {@code version}. */
    static void requireCurrent(EventStore store, String parcelId, Long version, Throwable refusal) {
        Long stored = store.lastSequenceNumberFor(parcelId).orElse(null);
        if (!Objects.equals(stored, version)) {
            ConcurrencyException stale = new ConcurrencyException("parcel " + parcelId + " was changed by another node"
                    + " (stored sequence " + stored + ", cached " + version + "); retry");
            if (refusal != null) {
                stale.addSuppressed(refusal);
            }
            throw stale;
        }
    }

    private final Cache cache;
    private final EventStore store;
    private final EventStreamPrefetch prefetch;

    public ParcelRepository(EventSourcingRepository.Builder<T> builder, Cache cache, EventStore store,
                      EventStreamPrefetch prefetch) {
        super(builder.cache(cache).eventStore(store));
        this.cache = cache;
        this.store = store;
        this.prefetch = prefetch;
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
        boolean cached = cache.containsKey(aggregateIdentifier);
        EventSourcedAggregate<T> aggregate = super.doLoadWithLock(aggregateIdentifier, expectedVersion);
        if (cached) {
            Long loaded = aggregate.version();
            UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
            unitOfWork.<Map<String, Long>>getOrComputeResource(CACHED_LOADS, key -> new HashMap<>())
                      .put(aggregateIdentifier, loaded);
            unitOfWork.onPrepareCommit(u -> {
                if (Objects.equals(aggregate.version(), loaded)) {
                    // nothing appended, so no unique key would notice a stale decision
                    requireCurrent(store, aggregateIdentifier, loaded, null);
                }
            });
        }
        return aggregate;
    }
}
