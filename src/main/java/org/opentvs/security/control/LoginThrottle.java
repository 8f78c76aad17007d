package org.opentvs.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Failed sign-ins per account and per source address. Every attempt that is not already known good
 * is counted before the credential is checked (so concurrent guesses cannot overtake the count) and
 * given back when it succeeds; once a key has used its allowance within the window, it is locked
 * and every attempt on it is refused until the lock ends or an administrator clears it.
 * <p>
 * The counts are kept, bounded and swept by its {@link ThrottleWindows}.
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

    private static volatile LoginThrottle shared;

    private final ThrottleWindows windows;
    private final Policy policy;
    private final LongSupplier clock;

    public LoginThrottle(Policy policy, LongSupplier millis) {
        this.policy = policy;
        this.clock = millis;
        this.windows = new ThrottleWindows(policy);
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
        windows.sweepIfDue(now);
        Key byAddress = new Key(Kind.ADDRESS, address);
        long addressLocked = windows.remaining(byAddress, now);
        if (addressLocked > 0) {
            return new Verdict(false, addressLocked, null);
        }
        Key byAccount = account == null ? null : new Key(Kind.ACCOUNT, account);
        if (byAccount != null) {
            Verdict v = windows.count(byAccount, policy.accountFailures(), now);
            if (!v.allowed()) {
                return v;
            }
        }
        Verdict v = windows.count(byAddress, policy.addressFailures(), now);
        if (!v.allowed() && byAccount != null) {
            windows.giveBack(byAccount);
        }
        return v;
    }

    /** A good credential: the account starts afresh and the address gets its attempt back. */
    public void succeeded(String account, String address) {
        if (account != null) {
            windows.remove(new Key(Kind.ACCOUNT, account));
        }
        windows.giveBack(new Key(Kind.ADDRESS, address));
    }

    /** An attempt that could not be decided (the directory failed): both keys get it back. */
    public void undecided(String account, String address) {
        if (account != null) {
            windows.giveBack(new Key(Kind.ACCOUNT, account));
        }
        windows.giveBack(new Key(Kind.ADDRESS, address));
    }

    public List<Lock> locks() {
        return windows.locks(clock.getAsLong());
    }

    /** Clears a key's lock and count; false when it had neither. */
    public boolean clear(Kind kind, String key) {
        return windows.remove(new Key(kind, key));
    }

    int tracked() {
        return windows.size();
    }
}
