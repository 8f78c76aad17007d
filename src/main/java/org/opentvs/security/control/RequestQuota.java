package org.opentvs.security.control;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Requests allowed per key (a client, a document) within a window, for endpoints that answer
 * questions about a person (the stay service): a window starts with a key's first request, the
 * allowance is taken atomically per key ({@code compute}), and once it is used every request is
 * refused until the window ends, with the seconds left. Refused requests do not lengthen the window.
 * <p>
 * In memory of this instance, like {@link LoginThrottle}: bounded by {@code capacity}, swept of
 * ended windows once a minute; when full of live windows a new key is refused (fail closed). Keys
 * are what the caller chooses to pass (a document is passed as a digest, never as its number).
 */
public final class RequestQuota {

    private static final Logger LOG = Logger.getLogger(RequestQuota.class.getName());
    private static final long SWEEP_MILLIS = 60_000;

    /** Allowed, or refused for {@code retryAfterSeconds}. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private record Key(String bucket, String value) {
    }

    private record Window(int count, long start, long length) {

        boolean ended(long now) {
            return now - start >= length;
        }
    }

    private static volatile RequestQuota shared;

    private final ConcurrentHashMap<Key, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();
    private final int capacity;
    private final LongSupplier clock;

    public RequestQuota(int capacity, LongSupplier millis) {
        this.capacity = capacity;
        this.clock = millis;
    }

    /** The instance of this server, bounded by {@code opentvs.quota.tracked-keys}. */
    public static RequestQuota shared() {
        if (shared == null) {
            synchronized (RequestQuota.class) {
                if (shared == null) {
                    int keys = ConfigProvider.getConfig().getOptionalValue("opentvs.quota.tracked-keys", Integer.class).orElse(200_000);
                    shared = new RequestQuota(keys, System::currentTimeMillis);
                }
            }
        }
        return shared;
    }

    /** Takes one request of {@code allowance} per {@code window} for {@code key} in {@code bucket}, or refuses it. */
    public Verdict take(String bucket, String key, int allowance, Duration window) {
        long now = clock.getAsLong();
        sweepIfDue(now);
        Key k = new Key(bucket, key);
        if (!windows.containsKey(k) && windows.size() >= capacity && !makeRoom(now)) {
            return new Verdict(false, seconds(window.toMillis()));
        }
        long length = window.toMillis();
        boolean[] taken = new boolean[1];
        Window w = windows.compute(k, (key2, v) -> {
            Window current = v == null || v.ended(now) ? new Window(0, now, length) : v;
            if (current.count() >= allowance) {
                return current;
            }
            taken[0] = true;
            return new Window(current.count() + 1, current.start(), current.length());
        });
        return taken[0] ? new Verdict(true, 0) : new Verdict(false, seconds(w.start() + w.length() - now));
    }

    int tracked() {
        return windows.size();
    }

    private boolean makeRoom(long now) {
        sweep(now);
        if (windows.size() < capacity) {
            return true;
        }
        LOG.warning(() -> "Request quota full (" + capacity + " keys with live windows): refusing requests of new keys until windows end");
        return false;
    }

    private void sweepIfDue(long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_MILLIS)) {
            sweep(now);
        }
    }

    private void sweep(long now) {
        for (Key key : windows.keySet()) {
            windows.computeIfPresent(key, (k, v) -> v.ended(now) ? null : v);
        }
    }

    private static long seconds(long millis) {
        return Math.max(1, (millis + 999) / 1000);
    }
}
