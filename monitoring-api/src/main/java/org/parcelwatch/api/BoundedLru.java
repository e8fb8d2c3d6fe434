package org.parcelwatch.api;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A map that keeps at most so many entries (or so much weight), the least recently used leaving first: the one
 * bounded cache of the service (parcels for the command side, rendered details and ledger pages for the reads,
 * remembered logins). Each call holds the map's lock for a map operation only; a full map drops its eldest entries
 * in the same put, whatever its size, so a cache that is always full (random reads over a million parcels) costs no
 * more per put than an empty one.
 *
 * @param <K> the key
 * @param <V> the value
 */
public final class BoundedLru<K, V> {

    private final long capacity;
    private final ToLongFunction<? super V> weight;
    private final Map<K, V> entries;
    private long held;

    /** @param capacity the most entries kept; 0 keeps none */
    public BoundedLru(int capacity) {
        this(capacity, value -> 1);
    }

    /**
     * A cache bounded by the sum of its values' weights (bytes, say), for values whose sizes differ by much.
     *
     * @param capacity the most weight kept; 0 keeps nothing; a value heavier than this is not kept (and
     *                 drops none of the others)
     * @param weight   a value's weight, not negative, the same each time it is asked
     */
    public BoundedLru(long capacity, ToLongFunction<? super V> weight) {
        if (capacity < 0) {
            throw new IllegalArgumentException("a cache's capacity may not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.weight = weight;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                // removes as many of the eldest as it takes, itself (LinkedHashMap's contract: then answer false)
                Iterator<V> oldestFirst = values().iterator();
                while (held > BoundedLru.this.capacity && oldestFirst.hasNext()) {
                    held -= BoundedLru.this.weight.applyAsLong(oldestFirst.next());
                    oldestFirst.remove();
                }
                return false;
            }
        };
    }

    /** The value kept for {@code key}, now the most recently used; null when none is kept. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    /** Keeps {@code value} under {@code key}, dropping the least recently used entries when past the capacity. */
    public synchronized void put(K key, V value) {
        forget(key);
        long heavy = weight.applyAsLong(value);
        if (heavy <= capacity && capacity > 0) {
            held += heavy;
            entries.put(key, value);
        }
    }

    /** Keeps {@code value} unless {@code key} has one; true when it was kept. */
    public synchronized boolean putIfAbsent(K key, V value) {
        long heavy = weight.applyAsLong(value);
        if (capacity == 0 || heavy > capacity || entries.containsKey(key)) {
            return false;
        }
        held += heavy;
        entries.put(key, value);
        return true;
    }

    /** Forgets {@code key}; true when it had a value. */
    public synchronized boolean remove(K key) {
        return forget(key);
    }

    public synchronized boolean containsKey(K key) {
        return entries.containsKey(key);
    }

    public synchronized void clear() {
        entries.clear();
        held = 0;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** The weight of what is kept now (the number of entries, for a cache bounded by their number). */
    public synchronized long weight() {
        return held;
    }

    private boolean forget(K key) {
        V old = entries.remove(key);
        if (old == null) {
            return false;
        }
        held -= weight.applyAsLong(old);
        return true;
    }
}
