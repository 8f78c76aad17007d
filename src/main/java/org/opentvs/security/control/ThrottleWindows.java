package org.opentvs.security.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import org.opentvs.security.control.LoginThrottle.Key;
import org.opentvs.security.control.LoginThrottle.Lock;
import org.opentvs.security.control.LoginThrottle.Policy;
import org.opentvs.security.control.LoginThrottle.Verdict;

/**
 * The failure windows of the {@link LoginThrottle}, one per account or address: counts an attempt
 * against an allowance (a key that has used it up is locked), gives one back, and tells how long a
 * key stays locked.
 * <p>
 * In memory of this instance, one {@link ConcurrentHashMap} updated with {@code compute} (atomic per
 * key), bounded by {@code capacity} and swept of expired windows once a minute. A cluster swaps
 * the map for the data grid's (a JCache or Hazelcast map with entry processors): this class is the
 * only one that knows where the counts live.
 */
final class ThrottleWindows {

    /** The throttle's logger, as before this part was split out of it. */
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    private static final long SWEEP_MILLIS = 60_000;

    private record Window(int failures, long start, long lockedUntil) {

        boolean locked(long now) {
            return lockedUntil > now;
        }

        boolean expired(long now, long windowMillis) {
            return !locked(now) && now - start >= windowMillis;
        }
    }

    private final ConcurrentHashMap<Key, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();
    private final Policy policy;

    ThrottleWindows(Policy policy) {
        this.policy = policy;
    }

    Verdict count(Key key, int allowance, long now) {
        long windowMillis = policy.window().toMillis();
        if (!windows.containsKey(key) && windows.size() >= policy.capacity() && !makeRoom(now)) {
            return new Verdict(false, seconds(windowMillis), null);
        }
        Lock[] started = new Lock[1];
        Window w = windows.compute(key, (k, v) -> {
            Window current = v == null || v.expired(now, windowMillis) ? new Window(0, now, 0) : v;
            if (current.locked(now)) {
                return current;
            }
            if (current.failures() >= allowance) {
                Window locked = new Window(current.failures(), current.start(), now + policy.lock().toMillis());
                started[0] = new Lock(k.kind(), k.value(), locked.failures(), Instant.ofEpochMilli(locked.lockedUntil()));
                return locked;
            }
            return new Window(current.failures() + 1, current.start(), 0);
        });
        return w.locked(now) ? new Verdict(false, seconds(w.lockedUntil() - now), started[0]) : new Verdict(true, 0, null);
    }

    void giveBack(Key key) {
        windows.computeIfPresent(key, (k, v) -> v.lockedUntil() > 0
                ? v
                : v.failures() <= 1 ? null : new Window(v.failures() - 1, v.start(), 0));
    }

    long remaining(Key key, long now) {
        Window w = windows.get(key);
        return w != null && w.locked(now) ? seconds(w.lockedUntil() - now) : 0;
    }

    /** Forgets a key's lock and count; false when it had neither. */
    boolean remove(Key key) {
        return windows.remove(key) != null;
    }

    List<Lock> locks(long now) {
        return windows.entrySet().stream().filter(e -> e.getValue().locked(now))
                .map(e -> new Lock(e.getKey().kind(), e.getKey().value(), e.getValue().failures(),
                        Instant.ofEpochMilli(e.getValue().lockedUntil())))
                .sorted(Comparator.comparing(Lock::until)).toList();
    }

    int size() {
        return windows.size();
    }

    /** At capacity: drop expired windows; when none has expired, a new key is refused (fail closed) and that is logged. */
    private boolean makeRoom(long now) {
        sweep(now);
        if (windows.size() < policy.capacity()) {
            return true;
        }
        LOG.warning(() -> "Login throttle full (" + policy.capacity() + " accounts and addresses with recent failures):"
                + " refusing sign-ins from new ones until windows expire");
        return false;
    }

    void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_MILLIS)) {
            sweep(now);
        }
    }

    private void sweep(long now) {
        long windowMillis = policy.window().toMillis();
        for (Key key : windows.keySet()) {
            windows.computeIfPresent(key, (k, v) -> v.expired(now, windowMillis) ? null : v);
        }
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}
