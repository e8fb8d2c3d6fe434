package org.parcelwatch.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most so many entries, the least recently used leaving first: the one bounded cache of the
 * service (parcels for the command side, rendered details for the reads, remembered logins). Each call holds the
 * map's lock for a map operation only; a full map drops its eldest entry in the same put, whatever its size, so a
 * cache that is always full (random reads over a million parcels) costs no more per put than an empty one.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class BoundedLru<K, V> {

    private final int capacity;
    private final Map<K, V> entries;

    /** @param capacity the most entries kept; 0 keeps none */
    public BoundedLru(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache's capacity may not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > BoundedLru.this.capacity;
            }
        };
    }

    /** The value kept for {@code key}, now the most recently used; null when none is kept. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps {@code value} under {@code key}, dropping the least recently used entry when past the capacity. */
    public synchronized void put(K key, V value) {
        if (capacity > 0) {
            entries.put(key, value);
        }
    }

    /** Keeps {@code value} unless {@code key} has one; true when it was kept. */
    public synchronized boolean putIfAbsent(K key, V value) {
        if (capacity == 0 || entries.containsKey(key)) {
            return false;
        }
        entries.put(key, value);
        return true;
    }

    /** Forgets {@code key}; true when it had a value. */
    public synchronized boolean remove(K key) {
        return entries.remove(key) != null;
    }

    public synchronized boolean containsKey(K key) {
        return entries.containsKey(key);
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized int size() {
        return entries.size();
    }
}
