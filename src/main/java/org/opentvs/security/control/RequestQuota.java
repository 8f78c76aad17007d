package org.opentvs.security.control;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opentvs.platform.control.DataGrid;
import org.opentvs.platform.control.SharedMap;

/**
 * Requests allowed per key (a client, a document) within a window, for endpoints that answer
 * questions about a person (the stay service): a window starts with a key's first request, the
 * allowance is taken atomically per key, and once it is used every request is refused until the
 * window ends, with the seconds left. Refused requests do not lengthen the window.
 * <p>
 * Like the {@link LoginThrottle}, the windows are the data grid's (one allowance for the cluster,
 * whichever node a request reaches; each take a compare-and-set) or, without a grid, this
 * process's own; should the grid fail, this node counts alone until it answers. Bounded by {@code
 * capacity} and swept of ended windows once a minute; when full of live windows a new key is
 * refused (fail closed). A window is the string {@code end:count:start}. Keys are what the caller
 * chooses to pass (a document is passed as a digest, never as its number). Nothing is persisted.
 */
public final class RequestQuota {

    private static final Logger LOG = Logger.getLogger(RequestQuota.class.getName());
    /** The data grid's map of the windows. */
    static final String MAP = "opentvs.security.request-windows";

    /** Allowed, or refused for {@code retryAfterSeconds}. */
    public record Verdict(boolean allowed, long retryAfterSeconds) {
    }

    private record Window(int count, long start, long end) {

        boolean ended(long now) {
            return now >= end;
        }

        String value() {
            return BoundedWindows.ending(end) + count + ":" + start;
        }

        static Window of(String value) {
            String[] p = value.split(":");
            return new Window(Integer.parseInt(p[1]), Long.parseLong(p[2]), Long.parseLong(p[0]));
        }
    }

    private static volatile RequestQuota shared;

    private final GridOrOwn<BoundedWindows> windows;
    private final LongSupplier clock;

    /** A quota of this process alone. */
    public RequestQuota(int capacity, LongSupplier millis) {
        this(capacity, millis, null);
    }

    /** A quota that counts in the data grid's {@code grid} map (null: this process alone). */
    RequestQuota(int capacity, LongSupplier millis, SharedMap<String, String> grid) {
        this.clock = millis;
        String full = "Request quota full: refusing requests of new keys until windows end";
        this.windows = new GridOrOwn<>(new BoundedWindows(grid == null ? SharedMap.own() : grid, capacity, LOG, full),
                grid == null ? null : new BoundedWindows(SharedMap.own(), capacity, LOG, full), LOG, "request quota");
    }

    /** The instance of this server, bounded by {@code opentvs.quota.tracked-keys}, in the data grid if any. */
    public static RequestQuota shared() {
        if (shared == null) {
            synchronized (RequestQuota.class) {
                if (shared == null) {
                    int keys = ConfigProvider.getConfig().getOptionalValue("opentvs.quota.tracked-keys", Integer.class).orElse(200_000);
                    DataGrid grid = DataGrid.current();
                    shared = new RequestQuota(keys, System::currentTimeMillis, grid.clustered() ? grid.map(MAP) : null);
                }
            }
        }
        return shared;
    }

    /** Takes one request of {@code allowance} per {@code window} for {@code key} in {@code bucket}, or refuses it. */
    public Verdict take(String bucket, String key, int allowance, Duration window) {
        long now = clock.getAsLong();
        return windows.apply(w -> take(w, bucket + ":" + key, allowance, window.toMillis(), now));
    }

    private static Verdict take(BoundedWindows in, String key, int allowance, long length, long now) {
        SharedMap.Change<String> c = in.update(key, v -> {
            Window current = v == null || Window.of(v).ended(now) ? new Window(0, now, now + length) : Window.of(v);
            return current.count() >= allowance ? current.value() : new Window(current.count() + 1, current.start(), current.end()).value();
        }, now);
        if (c == null) {
            return new Verdict(false, BoundedWindows.seconds(length));
        }
        Window w = Window.of(c.after());
        boolean taken = !Objects.equals(c.before(), c.after()) && w.count() > 0;
        return taken ? new Verdict(true, 0) : new Verdict(false, BoundedWindows.seconds(w.end() - now));
    }

    int tracked() {
        return windows.apply(BoundedWindows::size);
    }
}
