package org.opentvs.platform.control;

import com.hazelcast.map.IMap;
import java.util.Map;

/**
 * A map every node of the {@link DataGrid} shares (a Hazelcast map), or, without a grid, this
 * process's own: the few operations its callers need, with a per-key lock for read-modify-write.
 * {@link DataGrid#map(String)} hands them out.
 */
public final class SharedMap<K, V> {

    private final IMap<K, V> grid;
    private final Map<K, V> local;

    SharedMap(IMap<K, V> grid, Map<K, V> local) {
        this.grid = grid;
        this.local = local;
    }

    /** Runs {@code update} on the key's current value (null if none) under the key's lock; null removes. */
    public V update(K key, java.util.function.UnaryOperator<V> update, long ttlSeconds) {
        if (grid == null) {
            return local.compute(key, (k, v) -> update.apply(v));
        }
        grid.lock(key);
        try {
            V next = update.apply(grid.get(key));
            if (next == null) {
                grid.delete(key);
            } else {
                grid.set(key, next, ttlSeconds, java.util.concurrent.TimeUnit.SECONDS);
            }
            return next;
        } finally {
            grid.unlock(key);
        }
    }

    /** The key's value, or null. */
    public V get(K key) {
        return grid == null ? local.get(key) : grid.get(key);
    }

    /** Sets the key's value if it has none; entries kept at most {@code ttlSeconds}. @return whether it was set */
    public boolean putIfAbsent(K key, V value, long ttlSeconds) {
        return grid == null
                ? local.putIfAbsent(key, value) == null
                : grid.putIfAbsent(key, value, ttlSeconds, java.util.concurrent.TimeUnit.SECONDS) == null;
    }

    /** Replaces the key's value only if it is still {@code expected} (compare and set, no lock). */
    public boolean replace(K key, V expected, V value) {
        return grid == null ? local.replace(key, expected, value) : grid.replace(key, expected, value);
    }

    public void remove(K key) {
        if (grid == null) {
            local.remove(key);
        } else {
            grid.delete(key);
        }
    }

    public int size() {
        return grid == null ? local.size() : grid.size();
    }

    public void clearLocal() {
        if (local != null) {
            local.clear();
        }
    }
}
