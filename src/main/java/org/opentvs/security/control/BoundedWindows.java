package org.opentvs.security.control;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import java.util.logging.Logger;
import org.opentvs.platform.control.SharedMap;

/**
 * The windows of one limit (the sign-in throttle's, the request quota's), one string per key in a
 * {@link SharedMap}: the data grid's, so that every node counts in the same windows, or this node's
 * own. Each value starts with the window's end (epoch milliseconds, zero-padded to 13 digits), so
 * one sweep removes every ended window wherever it is held. At most {@code capacity} windows: when
 * full of live ones a new key is refused (fail closed, logged; on the grid against a count at most a
 * second old, so a burst of new keys may pass the bound by what arrives in that second). Swept once a minute, and when full
 * at most once a second (a flood of new keys must not become a flood of sweeps).
 */
final class BoundedWindows {

    private static final long SWEEP_MILLIS = 60_000;
    private static final long ROOM_MILLIS = 1_000;

    private final SharedMap<String, String> map;
    private final int capacity;
    private final Logger log;
    private final String whenFull;
    private final AtomicLong nextSweep = new AtomicLong();
    private final AtomicLong nextRoom = new AtomicLong();

    BoundedWindows(SharedMap<String, String> map, int capacity, Logger log, String whenFull) {
        this.map = map;
        this.capacity = capacity;
        this.log = log;
        this.whenFull = whenFull;
    }

    /** The start of a value ending at {@code end}: the sort key of the sweep. */
    static String ending(long end) {
        return String.format("%013d:", Math.max(0, end));
    }

    static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }

    /**
     * Updates a key's window atomically ({@code update} gets null for none and must have no effect but
     * its result). @return what it found and left, or null when the key had none and there is no room
     */
    SharedMap.Change<String> update(String key, UnaryOperator<String> update, long now) {
        sweepIfDue(now);
        for (int round = 0; round < 2; round++) {
            boolean[] full = new boolean[1];
            SharedMap.Change<String> c = map.compute(key, v -> {
                String next = update.apply(v);
                full[0] = v == null && next != null && map.recentSize() >= capacity;
                return full[0] ? null : next;
            });
            if (!full[0]) {
                return c;
            }
            if (round > 0 || !makeRoom(now)) {
                return null;
            }
        }
        return null;
    }

    String get(String key) {
        return map.get(key);
    }

    boolean forget(String key) {
        return map.forget(key);
    }

    Map<String, String> all() {
        return map.snapshot();
    }

    int size() {
        return map.size();
    }

    private boolean makeRoom(long now) {
        long due = nextRoom.get();
        if (now >= due && nextRoom.compareAndSet(due, now + ROOM_MILLIS)) {
            sweep(now);
            if (map.recentSize() < capacity) {
                return true;
            }
            log.warning(() -> whenFull + " (" + capacity + " keys with live windows)");
            return false;
        }
        return map.recentSize() < capacity;
    }

    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_MILLIS)) {
            sweep(now);
        }
    }

    private void sweep(long now) {
        map.removeValuesBelow(ending(now + 1));
    }
}
