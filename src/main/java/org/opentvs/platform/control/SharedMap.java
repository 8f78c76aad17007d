package org.opentvs.platform.control;

import com.hazelcast.map.IMap;
import com.hazelcast.query.Predicates;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * A map every node of the {@link DataGrid} shares (a Hazelcast map), or, without a grid, this
 * process's own: the few operations its callers need, with a per-key lock for read-modify-write
 * and a lock-free one ({@link #compute}). {@link DataGrid#map(String)} hands them out.
 */
public final class SharedMap<K, V> {

    /** Compare-and-set rounds before {@link #compute} gives up (each lost round is another caller's won one). */
    private static final int CAS_ROUNDS = 1_000;
    private static final long SIZE_MILLIS = 1_000;

    /** What an update found ({@code before}) and left ({@code after}); null for none. */
    public record Change<V>(V before, V after) {
    }

    private final IMap<K, V> grid;
    private final Map<K, V> local;
    private volatile int size;
    private volatile long sizeReadAt = Long.MIN_VALUE;

    SharedMap(IMap<K, V> grid, Map<K, V> local) {
        this.grid = grid;
        this.local = local;
    }

    /** This process's own map, shared with no other node (a fallback while the grid does not answer). */
    public static <K, V> SharedMap<K, V> own() {
        return new SharedMap<>(null, new ConcurrentHashMap<>());
    }

    /** Runs {@code update} on the key's current value (null if none) under the key's lock; null removes. */
    public V update(K key, UnaryOperator<V> update, long ttlSeconds) {
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

    /**
     * Atomic per key without a lock: {@code update} gets the key's current value (null if none) and
     * returns the next (null removes it; an equal value writes nothing). On the grid the next value is
     * written only if the key still holds what {@code update} was given (compare and set: a read and
     * a write, two round trips), else {@code update} runs again on the new value, so it must have no
     * effect but its result. Without a grid, {@link ConcurrentHashMap#compute}. Entries written here
     * stay until removed (a grid replace drops an entry's time to live).
     *
     * @throws IllegalStateException when the value kept changing for {@value #CAS_ROUNDS} rounds
     */
    public Change<V> compute(K key, UnaryOperator<V> update) {
        if (grid == null) {
            Object[] before = new Object[1];
            V after = local.compute(key, (k, v) -> {
                before[0] = v;
                return update.apply(v);
            });
            @SuppressWarnings("unchecked")
            V found = (V) before[0];
            return new Change<>(found, after);
        }
        for (int round = 0; round < CAS_ROUNDS; round++) {
            V before = grid.get(key);
            V after = update.apply(before);
            if (Objects.equals(before, after) || (before == null
                    ? grid.putIfAbsent(key, after) == null
                    : after == null ? grid.remove(key, before) : grid.replace(key, before, after))) {
                return new Change<>(before, after);
            }
        }
        throw new IllegalStateException("A shared value kept changing for " + CAS_ROUNDS + " rounds");
    }

    /** The key's value, or null. */
    public V get(K key) {
        return grid == null ? local.get(key) : grid.get(key);
    }

    /** The key's value (or null) when it comes: for callers that must not wait long on the grid. */
    public CompletableFuture<V> getAsync(K key) {
        return grid == null ? CompletableFuture.completedFuture(local.get(key)) : grid.getAsync(key).toCompletableFuture();
    }

    /** Sets the key's value without waiting for the grid (the last write wins); entries kept at most {@code ttlSeconds}. */
    public void setAsync(K key, V value, long ttlSeconds) {
        if (grid == null) {
            local.put(key, value);
        } else {
            grid.setAsync(key, value, ttlSeconds, java.util.concurrent.TimeUnit.SECONDS);
        }
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

    /** Removes the key. @return whether it had a value */
    public boolean forget(K key) {
        return (grid == null ? local.remove(key) : grid.remove(key)) != null;
    }

    /**
     * Removes every entry whose value, a string, sorts before {@code bound} (values that start with a
     * zero-padded expiry: the ended ones), each only if unchanged; on the grid one call that every
     * member runs on the entries it owns.
     */
    public void removeValuesBelow(String bound) {
        if (grid == null) {
            local.entrySet().removeIf(e -> e.getValue() instanceof String s && s.compareTo(bound) < 0);
        } else {
            grid.removeAll(Predicates.lessThan("this", bound));
            sizeReadAt = Long.MIN_VALUE;
        }
    }

    /** A copy of every entry (on the grid: of every node's, one call). */
    public Map<K, V> snapshot() {
        if (grid == null) {
            return new HashMap<>(local);
        }
        Map<K, V> all = new HashMap<>();
        grid.entrySet().forEach(e -> all.put(e.getKey(), e.getValue()));
        return all;
    }

    /** How many entries (on the grid: asking every member, a round trip). */
    public int size() {
        return grid == null ? local.size() : grid.size();
    }

    /** {@link #size()}, on the grid a count at most a second old (or since this node's last {@link #removeValuesBelow}). */
    public int recentSize() {
        if (grid == null) {
            return local.size();
        }
        long now = System.nanoTime();
        if (now - sizeReadAt > SIZE_MILLIS * 1_000_000 || sizeReadAt == Long.MIN_VALUE) {
            size = grid.size();
            sizeReadAt = now;
        }
        return size;
    }

    public void clearLocal() {
        if (local != null) {
            local.clear();
        }
    }
}
