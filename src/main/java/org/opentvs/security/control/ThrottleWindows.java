package org.opentvs.security.control;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.opentvs.platform.control.SharedMap;
import org.opentvs.security.control.LoginThrottle.Key;
import org.opentvs.security.control.LoginThrottle.Kind;
import org.opentvs.security.control.LoginThrottle.Lock;
import org.opentvs.security.control.LoginThrottle.Policy;
import org.opentvs.security.control.LoginThrottle.Verdict;

/**
 * The failure windows of the {@link LoginThrottle}, one per account or address: counts an attempt
 * against an allowance (a key that has used it up is locked), gives one back, and tells how long a
 * key stays locked.
 * <p>
 * Held in {@link BoundedWindows}: the data grid's map, so the allowance is the cluster's and a lock
 * cleared on one node is cleared on all, or this node's own. Each update is atomic per key (a
 * compare-and-set on the grid), so concurrent attempts on any nodes are each counted once. A
 * window is the string {@code end:failures:start:lockedUntil}, keyed {@code ACCOUNT:name} or
 * {@code ADDRESS:address}: plain strings, which every node can read without the application's classes.
 */
final class ThrottleWindows {

    /** The throttle's logger, as before this part was split out of it. */
    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());

    private record Window(int failures, long start, long lockedUntil) {

        boolean locked(long now) {
            return lockedUntil > now;
        }

        boolean expired(long now, long windowMillis) {
            return !locked(now) && now - start >= windowMillis;
        }

        String value(long windowMillis) {
            return BoundedWindows.ending(Math.max(lockedUntil, start + windowMillis)) + failures + ":" + start + ":" + lockedUntil;
        }

        static Window of(String value) {
            String[] p = value.split(":");
            return new Window(Integer.parseInt(p[1]), Long.parseLong(p[2]), Long.parseLong(p[3]));
        }
    }

    private final BoundedWindows windows;
    private final Policy policy;

    ThrottleWindows(Policy policy, SharedMap<String, String> map) {
        this.policy = policy;
        this.windows = new BoundedWindows(map, policy.capacity(), LOG,
                "Login throttle full of accounts and addresses with recent failures: refusing sign-ins from new ones until windows expire");
    }

    Verdict count(Key key, int allowance, long now) {
        long windowMillis = policy.window().toMillis();
        SharedMap.Change<String> c = windows.update(name(key), v -> {
            Window current = v == null ? null : Window.of(v);
            if (current == null || current.expired(now, windowMillis)) {
                current = new Window(0, now, 0);
            } else if (current.locked(now)) {
                return v;
            }
            if (current.failures() >= allowance) {
                return new Window(current.failures(), current.start(), now + policy.lock().toMillis()).value(windowMillis);
            }
            return new Window(current.failures() + 1, current.start(), 0).value(windowMillis);
        }, now);
        if (c == null) {
            return new Verdict(false, BoundedWindows.seconds(windowMillis), null);
        }
        Window w = Window.of(c.after());
        if (!w.locked(now)) {
            return new Verdict(true, 0, null);
        }
        Lock started = Objects.equals(c.before(), c.after())
                ? null
                : new Lock(key.kind(), key.value(), w.failures(), Instant.ofEpochMilli(w.lockedUntil()));
        return new Verdict(false, BoundedWindows.seconds(w.lockedUntil() - now), started);
    }

    void giveBack(Key key, long now) {
        long windowMillis = policy.window().toMillis();
        windows.update(name(key), v -> {
            Window w = v == null ? null : Window.of(v);
            return w == null || w.lockedUntil() > 0
                    ? v
                    : w.failures() <= 1 ? null : new Window(w.failures() - 1, w.start(), 0).value(windowMillis);
        }, now);
    }

    long remaining(Key key, long now) {
        String v = windows.get(name(key));
        Window w = v == null ? null : Window.of(v);
        return w != null && w.locked(now) ? BoundedWindows.seconds(w.lockedUntil() - now) : 0;
    }

    /** Forgets a key's lock and count; false when it had neither. */
    boolean remove(Key key) {
        return windows.forget(name(key));
    }

    List<Lock> locks(long now) {
        return windows.all().entrySet().stream().filter(e -> Window.of(e.getValue()).locked(now)).map(e -> {
            int colon = e.getKey().indexOf(':');
            Window w = Window.of(e.getValue());
            return new Lock(Kind.valueOf(e.getKey().substring(0, colon)), e.getKey().substring(colon + 1), w.failures(),
                    Instant.ofEpochMilli(w.lockedUntil()));
        }).sorted(Comparator.comparing(Lock::until)).toList();
    }

    int size() {
        return windows.size();
    }

    private static String name(Key key) {
        return key.kind().name() + ":" + key.value();
    }
}
