package org.opentvs.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opentvs.security.entity.Caller;

/**
 * Short-lived memory of verified credentials, keyed by a hash of the credential, so that a camera
 * calling hundreds of times a second costs one database read per half minute and an administrator's
 * Basic call costs one password hash per few minutes; a token is never remembered past its expiry.
 * Cleared when a client is revoked.
 */
public final class CredentialCache {

    private static final Duration TOKEN_TTL = Duration.ofSeconds(30);
    private static final Duration PASSWORD_TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long expiresAtNanos) {
    }

    private static final Map<String, Entry> ENTRIES = new ConcurrentHashMap<>();

    private CredentialCache() {
    }

    public static Caller token(String tokenHash) {
        return fresh("t:" + tokenHash);
    }

    /** Remembers a verified token for half a minute, never past its expiry (null: none). */
    public static void rememberToken(String tokenHash, Caller caller, Instant expiresAt) {
        Duration ttl = TOKEN_TTL;
        if (expiresAt != null) {
            Duration left = Duration.between(Instant.now(), expiresAt);
            if (left.compareTo(ttl) < 0) {
                ttl = left;
            }
        }
        if (!ttl.isNegative() && !ttl.isZero()) {
            remember("t:" + tokenHash, caller, ttl);
        }
    }

    public static Caller password(String credentialHash) {
        return fresh("p:" + credentialHash);
    }

    public static void rememberPassword(String credentialHash, Caller caller) {
        remember("p:" + credentialHash, caller, PASSWORD_TTL);
    }

    public static void clear() {
        ENTRIES.clear();
    }

    private static Caller fresh(String key) {
        Entry entry = ENTRIES.get(key);
        if (entry == null || System.nanoTime() - entry.expiresAtNanos() > 0) {
            return null; // an expired entry stays for lastKnownToken until the map is cleared
        }
        return entry.caller();
    }

    /**
     * A token verified within the last {@code maxStale} though past its half minute: used only while
     * the database cannot be asked, so cameras keep working through an outage. Revocations clear
     * the cache, and none can happen while the database is down.
     */
    public static Caller lastKnownToken(String tokenHash, Duration maxStale) {
        Entry entry = ENTRIES.get("t:" + tokenHash);
        if (entry == null || System.nanoTime() - entry.expiresAtNanos() > maxStale.toNanos()) {
            return null;
        }
        return entry.caller();
    }

    private static void remember(String key, Caller caller, Duration ttl) {
        if (ENTRIES.size() >= MAX_ENTRIES) {
            ENTRIES.clear();
        }
        ENTRIES.put(key, new Entry(caller, System.nanoTime() + ttl.toNanos()));
    }
}
