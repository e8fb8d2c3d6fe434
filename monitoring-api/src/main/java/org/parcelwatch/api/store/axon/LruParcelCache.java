package org.parcelwatch.api.store.axon;

import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.parcelwatch.api.BoundedLru;

/**
 * A bounded least-recently-used map of parcels: the node's memory is not a second event store, and a
 * parcel untouched for a while costs one stream read when it comes back.
 */
public final class LruParcelCache implements Cache {

    private final BoundedLru<Object, Object> entries;

    public LruParcelCache(int capacity) {
        this.entries = new BoundedLru<>(capacity);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> V get(K key) {
        return (V) entries.get(key);
    }

    @Override
    public void put(Object key, Object value) {
        entries.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return entries.putIfAbsent(key, value);
    }

    @Override
    public boolean remove(Object key) {
        return entries.remove(key);
    }

    @Override
    public void removeAll() {
        entries.clear();
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener cacheEntryListener) {
        // nothing in Parcelwatch listens to evictions
        return () -> true;
    }
}
