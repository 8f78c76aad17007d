package org.opentvs.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.opentvs.platform.control.DataGrid;
import org.opentvs.platform.control.SharedMap;

/**
 * Failed sign-ins per account and per source address. Every attempt that is not already known good
 * is counted before the credential is checked (so concurrent guesses cannot overtake the count) and
 * given back when it succeeds; once a key has used its allowance within the window, it is locked
 * and every attempt on it is refused until the lock ends or an administrator clears it.
 * <p>
 * The counts are kept, bounded and swept by its {@link ThrottleWindows}: in the data grid, so the
 * allowance is the cluster's whichever nodes the attempts reach, or, without a grid, in memory of
 * this process. Nothing is persisted: a restart of every node forgets the counts and locks.
 */
public final class LoginThrottle {

    public enum Kind { ACCOUNT, ADDRESS }

    public record Policy(int accountFailures, int addressFailures, Duration window, Duration lock, int capacity) {
    }

    /** The answer to an attempt: allowed, or refused for {@code retryAfterSeconds}; {@code newLock} names a lock it started. */
    public record Verdict(boolean allowed, long retryAfterSeconds, Lock newLock) {
    }

    public record Lock(Kind kind, String key, int failures, Instant until) {
    }

    record Key(Kind kind, String value) {
    }

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class.getName());
    /** The data grid's map of the windows (one for the cluster). */
    static final String MAP = "opentvs.security.login-windows";

    private static volatile LoginThrottle shared;

    private final GridOrOwn<ThrottleWindows> windows;
    private final Policy policy;
    private final LongSupplier clock;

    /** A throttle of this process alone. */
    public LoginThrottle(Policy policy, LongSupplier millis) {
        this(policy, millis, null);
    }

    /** A throttle that counts in the data grid's {@code grid} map (null: this process alone). */
    LoginThrottle(Policy policy, LongSupplier millis, SharedMap<String, String> grid) {
        this.policy = policy;
        this.clock = millis;
        this.windows = new GridOrOwn<>(new ThrottleWindows(policy, grid == null ? SharedMap.own() : grid),
                grid == null ? null : new ThrottleWindows(policy, SharedMap.own()), LOG, "login throttle");
    }

    /** The instance the realm and the administrators' API share, configured from {@code opentvs.login.*}, in the data grid if any. */
    public static LoginThrottle shared() {
        if (shared == null) {
            synchronized (LoginThrottle.class) {
                if (shared == null) {
                    Config c = ConfigProvider.getConfig();
                    DataGrid grid = DataGrid.current();
                    shared = new LoginThrottle(new Policy(c.getValue("opentvs.login.account-failures", Integer.class),
                            c.getValue("opentvs.login.address-failures", Integer.class),
                            Duration.ofMinutes(c.getValue("opentvs.login.window-minutes", Integer.class)),
                            Duration.ofMinutes(c.getValue("opentvs.login.lock-minutes", Integer.class)),
                            c.getValue("opentvs.login.tracked-keys", Integer.class)), System::currentTimeMillis,
                            grid.clustered() ? grid.map(MAP) : null);
                }
            }
        }
        return shared;
    }

    /** Counts an attempt for the account (null for bearer tokens) and the address, or refuses it. */
    public Verdict attempt(String account, String address) {
        long now = clock.getAsLong();
        return windows.apply(w -> attempt(w, account, address, now));
    }

    private Verdict attempt(ThrottleWindows w, String account, String address, long now) {
        Key byAddress = new Key(Kind.ADDRESS, address);
        long addressLocked = w.remaining(byAddress, now);
        if (addressLocked > 0) {
            return new Verdict(false, addressLocked, null);
        }
        Key byAccount = account == null ? null : new Key(Kind.ACCOUNT, account);
        if (byAccount != null) {
            Verdict v = w.count(byAccount, policy.accountFailures(), now);
            if (!v.allowed()) {
                return v;
            }
        }
        Verdict v = w.count(byAddress, policy.addressFailures(), now);
        if (!v.allowed() && byAccount != null) {
            w.giveBack(byAccount, now);
        }
        return v;
    }

    /** A good credential: the account starts afresh and the address gets its attempt back. */
    public void succeeded(String account, String address) {
        long now = clock.getAsLong();
        windows.apply(w -> {
            if (account != null) {
                w.remove(new Key(Kind.ACCOUNT, account));
            }
            w.giveBack(new Key(Kind.ADDRESS, address), now);
            return null;
        });
    }

    /** An attempt that could not be decided (the directory failed): both keys get it back. */
    public void undecided(String account, String address) {
        long now = clock.getAsLong();
        windows.apply(w -> {
            if (account != null) {
                w.giveBack(new Key(Kind.ACCOUNT, account), now);
            }
            w.giveBack(new Key(Kind.ADDRESS, address), now);
            return null;
        });
    }

    /** The live locks, every node's (and this node's own, if it had to count alone). */
    public List<Lock> locks() {
        long now = clock.getAsLong();
        List<Lock> all = new ArrayList<>(windows.apply(w -> w.locks(now)));
        if (windows.own() != null) {
            windows.own().locks(now).stream().filter(l -> !all.contains(l)).forEach(all::add);
        }
        return all;
    }

    /** Clears a key's lock and count on every node; false when it had neither. */
    public boolean clear(Kind kind, String key) {
        Key k = new Key(kind, key);
        boolean cleared = windows.apply(w -> w.remove(k));
        return windows.own() != null ? windows.own().remove(k) | cleared : cleared;
    }

    int tracked() {
        return windows.apply(ThrottleWindows::size);
    }
}
