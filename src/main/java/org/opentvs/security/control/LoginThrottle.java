package org.opentvs.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Failed sign-ins per account and per source address. Every attempt that is not already known good
 * is counted before the credential is checked (so concurrent guesses cannot overtake the count) and
 * given back when it succeeds; once a key has used its allowance within the window, it is locked
 * and every attempt on it is refused until the lock ends or an administrator clears it.
 * <p>
 * In memory of this instance, one {@link ConcurrentHashMap} updated with {@code compute} (atomic per
 * key), bounded by {@code capacity} and swept of expired windows once a minute. A cluster swaps
 * the map for the data grid's (a JCache or Hazelcast map with entry processors): this class is the
 * only one that knows where the counts live.
 */
public final class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    private static final long SWEEP_MILLIS = 60_000;

    public enum Kind { ACCOUNT, ADDRESS }

    public record Policy(int accountFailures, int addressFailures, Duration window, Duration lock, int capacity) {
    }

    /** The answer to an attempt: allowed, or refused for {@code retryAfterSeconds}; {@code newLock} names a lock it started. */
    public record Verdict(boolean allowed, long retryAfterSeconds, Lock newLock) {
    }

    public record Lock(Kind kind, String key, int failures, Instant until) {
    }

    private record Window(int failures, long start, long lockedUntil) {

        boolean locked(long now) {
            return lockedUntil > now;
        }

        boolean expired(long now, long windowMillis) {
            return !locked(now) && now - start >= windowMillis;
        }
    }

    private record Key(Kind kind, String value) {
    }

    private static volatile LoginThrottle shared;

    private final ConcurrentHashMap<Key, Window> windows = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep = new AtomicLong();
    private final Policy policy;
    private final LongSupplier clock;

    public LoginThrottle(Policy policy, LongSupplier millis) {
        this.policy = policy;
        this.clock = millis;
    }

    /** The instance the realm and the administrators' API share, configured from {@code opentvs.login.*}. */
    public static LoginThrottle shared() {
        if (shared == null) {
            synchronized (LoginThrottle.class) {
                if (shared == null) {
                    Config c = ConfigProvider.getConfig();
                    shared = new LoginThrottle(new Policy(c.getValue("opentvs.login.account-failures", Integer.class),
                            c.getValue("opentvs.login.address-failures", Integer.class),
                            Duration.ofMinutes(c.getValue("opentvs.login.window-minutes", Integer.class)),
                            Duration.ofMinutes(c.getValue("opentvs.login.lock-minutes", Integer.class)),
                            c.getValue("opentvs.login.tracked-keys", Integer.class)), System::currentTimeMillis);
                }
            }
        }
        return shared;
    }

    /** Counts an attempt for the account (null for bearer tokens) and the address, or refuses it. */
    public Verdict attempt(String account, String address) {
        long now = clock.getAsLong();
        sweepIfDue(now);
        Key byAddress = new Key(Kind.ADDRESS, address);
        long addressLocked = remaining(byAddress, now);
        if (addressLocked > 0) {
            return new Verdict(false, addressLocked, null);
        }
        Key byAccount = account == null ? null : new Key(Kind.ACCOUNT, account);
        if (byAccount != null) {
            Verdict v = count(byAccount, policy.accountFailures(), now);
            if (!v.allowed()) {
                return v;
            }
        }
        Verdict v = count(byAddress, policy.addressFailures(), now);
        if (!v.allowed() && byAccount != null) {
            giveBack(byAccount);
        }
        return v;
    }

    /** A good credential: the account starts afresh and the address gets its attempt back. */
    public void succeeded(String account, String address) {
        if (account != null) {
            windows.remove(new Key(Kind.ACCOUNT, account));
        }
        giveBack(new Key(Kind.ADDRESS, address));
    }

    /** An attempt that could not be decided (the directory failed): both keys get it back. */
    public void undecided(String account, String address) {
        if (account != null) {
            giveBack(new Key(Kind.ACCOUNT, account));
        }
        giveBack(new Key(Kind.ADDRESS, address));
    }

    public List<Lock> locks() {
        long now = clock.getAsLong();
        return windows.entrySet().stream().filter(e -> e.getValue().locked(now))
                .map(e -> new Lock(e.getKey().kind(), e.getKey().value(), e.getValue().failures(),
                        Instant.ofEpochMilli(e.getValue().lockedUntil())))
                .sorted(Comparator.comparing(Lock::until)).toList();
    }

    /** Clears a key's lock and count; false when it had neither. */
    public boolean clear(Kind kind, String key) {
        return windows.remove(new Key(kind, key)) != null;
    }

    int tracked() {
        return windows.size();
    }

    private Verdict count(Key key, int allowance, long now) {
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

    private void giveBack(Key key) {
        windows.computeIfPresent(key, (k, v) -> v.lockedUntil() > 0
                ? v
                : v.failures() <= 1 ? null : new Window(v.failures() - 1, v.start(), 0));
    }

    private long remaining(Key key, long now) {
        Window w = windows.get(key);
        return w != null && w.locked(now) ? seconds(w.lockedUntil() - now) : 0;
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

    private void sweepIfDue(long now) {
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
