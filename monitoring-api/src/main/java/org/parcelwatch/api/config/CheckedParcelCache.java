package org.parcelwatch.api.config;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.CachingEventSourcingRepository;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Keeps recently used parcels in memory, so that a command on a parcel this node just handled (a payment
 * after its registration, a desk's second entry) does not read its event stream again.
 *
 * <p>Several nodes share one database, so a cached parcel may be behind the store: another node appended
 * to it since. A decision on such a stale parcel must never stand; it surfaces as a
 * {@link ConcurrencyException} (retriable, 409 {@code CONCURRENT_CHANGE} over HTTP), and the rollback
 * evicts the entry, so the retry reads the stream. The three ways a command can end, each checked:
 * <ul>
 *   <li>it applies events: they take the next sequence numbers, which the other node's events already
 *       hold, and the store's unique (aggregate, sequence) key refuses the append — no extra read;</li>
 *   <li>it applies nothing (a sweep check with nothing left to do): before commit, {@link Repository} reads
 *       the stream's last sequence number and refuses when it moved;</li>
 *   <li>it is refused by a rule: {@link StaleRefusalCheck} reads the last sequence number before the refusal
 *       reaches the caller, and turns it into a concurrency conflict when the parcel had moved on.</li>
 * </ul>
 * So only the two rarer endings pay one small read; the common one, a command that records something,
 * pays none.
 */
public final class CheckedParcelCache {

    /** Unit-of-work resource: parcel id to the version it had when taken from the cache. */
    static final String CACHED_LOADS = CheckedParcelCache.class.getName() + ".cachedLoads";

    private CheckedParcelCache() {
    }

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

    /**
     * The caching event-sourcing repository that records which parcels came from the cache, and loads the
     * others from streams read ahead where there are some. With the cache off it is given Axon's
     * {@code NoCache}, and nothing ever comes from it.
     */
    public static final class Repository<T> extends CachingEventSourcingRepository<T> {

        private final Cache cache;
        private final EventStore store;
        private final EventStreamPrefetch prefetch;

        public Repository(EventSourcingRepository.Builder<T> builder, Cache cache, EventStore store,
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

    /**
     * A refusal decided on a cached parcel stands only if the parcel is still current; otherwise the command
     * failed on a concurrent change. Runs inside the command's transaction, before its rollback.
     */
    public record StaleRefusalCheck(EventStore store) implements MessageHandlerInterceptor<CommandMessage<?>> {

        @Override
        public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                             InterceptorChain interceptorChain) throws Exception {
            try {
                return interceptorChain.proceed();
            } catch (Exception refusal) {
                Map<String, Long> loads = unitOfWork.getResource(CACHED_LOADS);
                if (loads != null && !(refusal instanceof ConcurrencyException)) {
                    for (Map.Entry<String, Long> load : loads.entrySet()) {
                        requireCurrentOrKeep(load.getKey(), load.getValue(), refusal);
                    }
                }
                throw refusal;
            }
        }

        private void requireCurrentOrKeep(String parcelId, Long version, Exception refusal) {
            try {
                requireCurrent(store, parcelId, version, refusal);
            } catch (ConcurrencyException stale) {
                throw stale;
            } catch (RuntimeException unreadable) {
                // the transaction itself failed (the refusal came from the database): the original answer stands
                refusal.addSuppressed(unreadable);
            }
        }
    }

    /**
     * A bounded least-recently-used map of parcels: the node's memory is not a second event store, and a
     * parcel untouched for a while costs one stream read when it comes back.
     */
    public static final class Lru implements Cache {

        private final Map<Object, Object> entries;

        public Lru(int capacity) {
            this.entries = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
                    return size() > capacity;
                }
            };
        }

        @Override
        @SuppressWarnings("unchecked")
        public synchronized <K, V> V get(K key) {
            return (V) entries.get(key);
        }

        @Override
        public synchronized void put(Object key, Object value) {
            entries.put(key, value);
        }

        @Override
        public synchronized boolean putIfAbsent(Object key, Object value) {
            return entries.putIfAbsent(key, value) == null;
        }

        @Override
        public synchronized boolean remove(Object key) {
            return entries.remove(key) != null;
        }

        @Override
        public synchronized void removeAll() {
            entries.clear();
        }

        @Override
        public synchronized boolean containsKey(Object key) {
            return entries.containsKey(key);
        }

        @Override
        public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
            // nothing in Parcelwatch listens to evictions
            return () -> true;
        }
    }
}
